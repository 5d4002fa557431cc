package vn.ptdv.identity.internal;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.identity.NewAccount;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SearchText;

/**
 * Use cases of accounts. A manager (administrator, organization department, committee) creates
 * and edits accounts of roles narrower than its own, homed in its scope.
 */
@Service
public class AccountService {
    static final Pattern USERNAME = Pattern.compile("[a-z0-9._-]{3,64}");
    static final int MIN_PASSWORD = 8;
    static final int MAX_PASSWORD = 64;
    /** BCrypt reads no further than 72 bytes. */
    static final int MAX_PASSWORD_BYTES = 72;

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final SessionTerminator sessions;
    private final Clock clock;

    AccountService(UserStore store, PasswordEncoder encoder, OrganizationDirectory organizations, AccessScope scope,
            AuditLog audit, SessionTerminator sessions, Clock clock) {
        this.store = store;
        this.encoder = encoder;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.sessions = sessions;
        this.clock = clock;
    }

    public boolean exists(String username) {
        return store.exists(username);
    }

    @Transactional
    public UserRow create(NewAccount request) {
        CurrentUser manager = requireManager();
        Problems problems = new Problems("user");
        String username = problems.required("username", request.username());
        if (username != null && !USERNAME.matcher(username).matches()) {
            problems.malformed("username", "user.username.pattern", username);
        }
        String fullName = SearchText.normalizeName(problems.required("fullName", request.fullName()));
        problems.maxLength("fullName", fullName, 255);
        validPassword(problems, "password", request.password(), username);
        Role role = problems.oneOf("role", request.role(), Role.class, true);
        OrganizationRef home = homeOrganization(problems, manager, role, request.organizationCode());
        if (username != null && !problems.has("username") && store.exists(username)) {
            problems.refuse("username", "user.username.taken", username);
        }
        problems.throwIfAny();

        store.insert(username, encoder.encode(request.password()), fullName, role, home == null ? null : home.id(),
                now(), manager.username());
        audit.record("USER_CREATED", "user", username, home == null ? null : home.id(),
                "role=" + role + "; organization=" + (home == null ? "-" : home.code()));
        return store.findByUsername(username).orElseThrow();
    }

    @Transactional
    public UserRow change(String username, AccountChange request) {
        CurrentUser manager = requireManager();
        UserRow current = requireManageable(manager, username);
        if (request.version() != null && request.version() != current.version()) {
            throw new ConflictException("error.conflict.user", username);
        }
        Problems problems = new Problems("user");
        String fullName = current.fullName();
        if (request.fullName() != null) {
            fullName = SearchText.normalizeName(problems.required("fullName", request.fullName()));
            problems.maxLength("fullName", fullName, 255);
        }
        Role role = request.role() == null ? current.role() : problems.oneOf("role", request.role(), Role.class, true);
        String organizationCode = request.organizationCode() != null ? request.organizationCode()
                : current.organizationCode();
        OrganizationRef home = homeOrganization(problems, manager, role, organizationCode);
        boolean enabled = request.enabled() == null ? current.enabled() : request.enabled();
        if (manager.id() == current.id() && (role != current.role() || !enabled)) {
            problems.refuse(role != current.role() ? "role" : "enabled", "user.self.noDemotion");
        }
        problems.throwIfAny();

        Long homeId = home == null ? null : home.id();
        if (!store.update(current.id(), current.version(), fullName, role, homeId, enabled, now(), manager.username())) {
            throw new ConflictException("error.conflict.user", username);
        }
        audit.record("USER_UPDATED", "user", username, homeId,
                "role=" + role + "; organization=" + (home == null ? "-" : home.code()) + "; enabled=" + enabled);
        boolean accessChanged = role != current.role() || !Objects.equals(homeId, current.organizationId())
                || (current.enabled() && !enabled);
        if (accessChanged) {
            sessions.endSessionsOf(username);
        }
        return store.findByUsername(username).orElseThrow();
    }

    /** A manager sets a new password for an account it manages (the user forgot theirs, say). */
    @Transactional
    public void resetPassword(String username, String password, String confirmation) {
        CurrentUser manager = requireManager();
        UserRow account = requireManageable(manager, username);
        Problems problems = new Problems("user");
        validPassword(problems, "password", password, username);
        if (password != null && !password.equals(confirmation)) {
            problems.refuse("confirmation", "user.password.mismatch");
        }
        problems.throwIfAny();
        store.setPassword(account.id(), encoder.encode(password), now(), manager.username());
        audit.record("USER_PASSWORD_RESET", "user", username, account.organizationId(), null);
        sessions.endSessionsOf(username);
    }

    /** A user changes their own password, proving they know the current one. */
    @Transactional
    public void changeOwnPassword(String currentPassword, String password, String confirmation) {
        CurrentUser me = CurrentUser.require();
        UserRow account = store.findByUsername(me.username()).orElseThrow();
        Problems problems = new Problems("user");
        if (currentPassword == null || !encoder.matches(currentPassword, account.passwordHash())) {
            problems.refuse("currentPassword", "user.password.wrongCurrent");
        }
        validPassword(problems, "password", password, me.username());
        if (password != null && !password.equals(confirmation)) {
            problems.refuse("confirmation", "user.password.mismatch");
        }
        problems.throwIfAny();
        store.setPassword(account.id(), encoder.encode(password), now(), me.username());
        audit.record("USER_PASSWORD_CHANGED", "user", me.username(), account.organizationId(), null);
    }

    @Transactional(readOnly = true)
    public UserRow requireVisible(String username) {
        CurrentUser viewer = CurrentUser.require();
        return store.findByUsername(username).filter(row -> visibleTo(viewer, row))
                .orElseThrow(() -> new NotFoundException("user.notFound", username));
    }

    @Transactional(readOnly = true)
    public PageResult<UserRow> page(String query, int page, int size) {
        CurrentUser viewer = requireManager();
        return store.page(scope.rootIds(), viewer.isAdmin(), Problems.optional(query), scope.today(), page, size);
    }

    public boolean isLocked(UserRow account) {
        return account.lockedAt(now());
    }

    /** Whether the signed-in manager may edit this account. */
    public boolean mayManage(UserRow account) {
        CurrentUser manager = CurrentUser.require();
        return manager.role().canManageUsers() && visibleTo(manager, account) && manager.role().mayGrant(account.role())
                && manager.id() != account.id();
    }

    private boolean visibleTo(CurrentUser viewer, UserRow account) {
        if (viewer.isAdmin() || viewer.id() == account.id()) {
            return true;
        }
        return account.organizationId() != null && scope.canSee(account.organizationId());
    }

    /** The signed-in user, if their role manages accounts; forbidden otherwise. */
    public CurrentUser requireManager() {
        CurrentUser manager = CurrentUser.require();
        if (!manager.role().canManageUsers()) {
            throw new ForbiddenException("user.forbidden.manage");
        }
        return manager;
    }

    private UserRow requireManageable(CurrentUser manager, String username) {
        UserRow account = store.findByUsername(username).filter(row -> visibleTo(manager, row))
                .orElseThrow(() -> new NotFoundException("user.notFound", username));
        if (manager.id() != account.id() && !manager.role().mayGrant(account.role())) {
            throw new ForbiddenException("user.forbidden.higherRole", username);
        }
        return account;
    }

    /** The home organization for the role: none for an administrator, one in scope for the others. */
    private OrganizationRef homeOrganization(Problems problems, CurrentUser manager, Role role, String value) {
        if (role == null) {
            return null;
        }
        if (!manager.role().mayGrant(role)) {
            problems.refuse("role", "user.role.notGrantable", Problems.term(role.messageKey()));
        }
        String code = Problems.optional(value);
        if (role == Role.ADMIN) {
            if (code != null) {
                problems.refuse("organizationCode", "user.organization.notForAdmin");
            }
            return null;
        }
        if (code == null) {
            problems.malformed("organizationCode", "validation.required");
            return null;
        }
        Optional<OrganizationRef> organization = organizations.findByCode(code).filter(o -> scope.canSee(o.id()));
        if (organization.isEmpty()) {
            problems.refuse("organizationCode", "org.parent.unknown", code);
            return null;
        }
        if (role == Role.CELL_SECRETARY && !organization.get().type().isCell()) {
            problems.refuse("organizationCode", "user.organization.secretaryNeedsCell", organization.get().name());
        }
        return organization.get();
    }

    static void validPassword(Problems problems, String field, String password, String username) {
        if (password == null || password.isEmpty()) {
            problems.malformed(field, "validation.required");
            return;
        }
        if (password.length() < MIN_PASSWORD || password.length() > MAX_PASSWORD
                || password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.malformed(field, "user.password.length", MIN_PASSWORD, MAX_PASSWORD);
        } else if (username != null && password.equalsIgnoreCase(username)) {
            problems.refuse(field, "user.password.sameAsUsername");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}

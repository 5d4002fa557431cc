package vn.ptdv.identity.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.identity.NewAccount;
import vn.ptdv.identity.UserAccounts;
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
import vn.ptdv.shared.SystemActor;

/**
 * Use cases of accounts. A manager (administrator, organization department, committee) creates
 * and edits accounts of roles narrower than its own, homed in its scope.
 */
@Service
class AccountService implements UserAccounts {
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

    @Override
    public boolean exists(String username) {
        return store.exists(username);
    }

    @Transactional
    @Override
    public void create(NewAccount account) {
        createChecked(account);
    }

    /** A role the manager may grant, a home organization in its scope that fits the role, a free username. */
    @Transactional
    UserRow createChecked(NewAccount request) {
        CurrentUser manager = requireManager();
        Problems problems = new Problems("user");
        String username = request.username();
        notTheUsername(problems, "password", request.password(), username);
        OrganizationRef home = homeOrganization(problems, manager, request.role(), request.organizationCode());
        if (store.exists(username) || SystemActor.USERNAME.equals(username)) {
            problems.refuse("username", "user.username.taken", username);
        }
        problems.throwIfAny();

        store.insert(username, encoder.encode(request.password()), request.fullName(), request.role(),
                home == null ? null : home.id(), now(), manager.username());
        audit.record("USER_CREATED", "user", username, home == null ? null : home.id(),
                "role=" + request.role() + "; organization=" + (home == null ? "-" : home.code()));
        return store.findByUsername(username).orElseThrow();
    }

    /** The fields changed, by the rules of a new account; nobody demotes or disables themselves. */
    @Transactional
    UserRow change(ChangeAccount request) {
        CurrentUser manager = requireManager();
        String username = request.username();
        UserRow current = requireManageable(manager, username);
        if (request.version() != null && request.version() != current.version()) {
            throw new ConflictException("error.conflict.user", username);
        }
        Problems problems = new Problems("user");
        String fullName = request.fullName() == null ? current.fullName() : request.fullName();
        Role role = request.role() == null ? current.role() : request.role();
        String organizationCode = request.organizationCode() == null ? current.organizationCode()
                : request.organizationCode();
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
    void resetPassword(ResetPassword request) {
        CurrentUser manager = requireManager();
        UserRow account = requireManageable(manager, request.username());
        Problems problems = new Problems("user");
        notTheUsername(problems, "password", request.password(), account.username());
        problems.throwIfAny();
        store.setPassword(account.id(), encoder.encode(request.password()), now(), manager.username());
        audit.record("USER_PASSWORD_RESET", "user", account.username(), account.organizationId(), null);
        sessions.endSessionsOf(account.username());
    }

    /** A user changes their own password, proving they know the current one; their other sessions end. */
    @Transactional
    void changeOwnPassword(ChangeOwnPassword request) {
        CurrentUser me = scope.user();
        UserRow account = store.findByUsername(me.username()).orElseThrow();
        Problems problems = new Problems("user");
        if (!encoder.matches(request.currentPassword(), account.passwordHash())) {
            problems.refuse("currentPassword", "user.password.wrongCurrent");
        }
        notTheUsername(problems, "password", request.password(), me.username());
        problems.throwIfAny();
        store.setPassword(account.id(), encoder.encode(request.password()), now(), me.username());
        audit.record("USER_PASSWORD_CHANGED", "user", me.username(), account.organizationId(), null);
        sessions.endOtherSessionsOf(me.username());
    }

    @Transactional(readOnly = true)
    UserRow requireVisible(String username) {
        CurrentUser viewer = scope.user();
        return store.findByUsername(username).filter(row -> visibleTo(viewer, row))
                .orElseThrow(() -> new NotFoundException("user.notFound", username));
    }

    @Transactional(readOnly = true)
    PageResult<UserRow> page(String query, int page, int size) {
        CurrentUser viewer = requireManager();
        return store.page(scope.rootIds(), viewer.isAdmin(), Problems.optional(query), scope.today(), page, size);
    }

    /** Whether the signed-in manager may edit this account. */
    boolean mayManage(UserRow account) {
        CurrentUser manager = scope.user();
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
    CurrentUser requireManager() {
        CurrentUser manager = scope.user();
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
        Optional<OrganizationRef> organization = scope.organizationForChange(problems, "organizationCode", code);
        if (organization.isEmpty()) {
            return null;
        }
        if (role == Role.CELL_SECRETARY && !organization.get().type().isCell()) {
            problems.refuse("organizationCode", "user.organization.secretaryNeedsCell", organization.get().name());
        }
        return organization.get();
    }

    /** A password must not be the username, whatever the case. */
    private static void notTheUsername(Problems problems, String field, String password, String username) {
        if (password.equalsIgnoreCase(username)) {
            problems.refuse(field, "user.password.sameAsUsername");
        }
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}

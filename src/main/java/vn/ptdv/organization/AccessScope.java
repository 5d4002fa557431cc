package vn.ptdv.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;
import org.springframework.stereotype.Service;
import vn.ptdv.organization.internal.TreeReader;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.database.ReadOnlyAnswers;

/**
 * The one scope check. A user sees the subtree of their home organization in today's
 * structure (an administrator sees everything); pages and API calls of every module ask here
 * before they read or change anything that belongs to an organization.
 */
@Service
public class AccessScope {
    private final TreeReader tree;
    private final Clock clock;

    AccessScope(TreeReader tree, Clock clock) {
        this.tree = tree;
        this.clock = clock;
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public CurrentUser user() {
        return CurrentUser.require();
    }

    /** The organizations the user's view starts from: the home organization, or every root. */
    public List<Long> rootIds() {
        CurrentUser user = user();
        return user.isAdmin() ? tree.rootIds(today()) : List.of(user.homeOrganizationId());
    }

    /** The user's scope as SQL over the tree's views (no condition for an administrator). */
    public SubtreeSql sql() {
        CurrentUser user = user();
        return user.isAdmin() ? SubtreeSql.unrestrictedScope()
                : SubtreeSql.of(List.of(user.homeOrganizationId()), Structure.CURRENT, today());
    }

    /** The organization a page shows when it names none: the user's home, or the first root. */
    public Optional<Long> defaultOrganizationId() {
        return rootIds().stream().findFirst();
    }

    /**
     * An organization that has ceased is seen by those who see the organization that took it over.
     * Within a read-only transaction (a page's, see {@code PageTransactions}) the tree cannot change,
     * so each organization is looked up once per transaction however often the page asks.
     */
    public boolean canSee(long organizationId) {
        CurrentUser user = user();
        if (user.isAdmin()) {
            return true;
        }
        long home = user.homeOrganizationId();
        return ReadOnlyAnswers.of(new Seen(organizationId, home),
                () -> tree.isWithinThroughSuccessor(organizationId, home, today()));
    }

    /** The question "is this organization within the scope of that home organization?", asked once per page. */
    private record Seen(long organizationId, long homeOrganizationId) {
    }

    /** Out of scope is answered as not found, so that a scope does not reveal what lies beyond it. */
    public void requireVisible(OrganizationRef organization) {
        if (!canSee(organization.id())) {
            throw new NotFoundException("org.notFound", organization.code());
        }
    }

    /** Changing data that belongs to the organization: pool, classes, dossiers, members… */
    public void requireWritable(OrganizationRef organization) {
        requireVisible(organization);
        if (!user().role().canWrite()) {
            throw new ForbiddenException("error.readOnlyRole");
        }
    }

    /** Adding an organization under this one. */
    public void requireMayAddUnder(OrganizationRef parent) {
        requireVisible(parent);
        if (!user().role().canEditTree()) {
            throw new ForbiddenException("org.forbidden.editTree");
        }
    }

    /**
     * Editing or moving the organization itself: only strictly below the home organization, so
     * that nobody rearranges the organization their own scope hangs from.
     */
    public void requireMayEdit(OrganizationRef organization) {
        requireVisible(organization);
        CurrentUser user = user();
        if (!user.role().canEditTree()) {
            throw new ForbiddenException("org.forbidden.editTree");
        }
        if (!user.isAdmin() && user.homeOrganizationId() == organization.id()) {
            throw new ForbiddenException("org.forbidden.editHome");
        }
    }

    /** Whether the pages should offer the tree's editing actions for this organization. */
    public boolean mayEdit(OrganizationRef organization) {
        CurrentUser user = user();
        return user.role().canEditTree() && canSee(organization.id())
                && (user.isAdmin() || user.homeOrganizationId() != organization.id());
    }

    public boolean mayAddUnder(OrganizationRef organization) {
        return user().role().canEditTree() && canSee(organization.id());
    }

    // --- references inside a request -------------------------------------------------------

    /** The one message of a refused reference: the same whether the object is missing or lies outside the scope. */
    public static final String REFERENCE_REFUSED = "reference.notInScope";

    /** Refuses a change by a role that only reads (a viewer): answered 403 before anything is looked up. */
    public void requireWriter() {
        if (!user().role().canWrite()) {
            throw new ForbiddenException("error.readOnlyRole");
        }
    }

    /**
     * An object that a change names by id or code inside its body (a transfer's destination, a
     * mentor, an organizer, a directive…): the object when it exists and belongs to an
     * organization the caller may change. Otherwise the request is refused under {@code field}
     * with one message that reads alike whether the object is missing or outside the scope, so
     * that it reveals neither the name nor the existence of anything beyond it. A role that only
     * reads is refused first (403).
     *
     * @param asTyped the id or code as the request gave it, repeated in the message
     * @param found the object looked up without a scope check
     * @param organizationOf the organization the object belongs to (its scope)
     */
    public <T> Optional<T> forChange(Problems problems, String field, Object asTyped, Optional<T> found,
            ToLongFunction<T> organizationOf) {
        return forChangeWhere(problems, field, asTyped, found, t -> canSee(organizationOf.applyAsLong(t)));
    }

    /**
     * The same as {@link #forChange} for an object whose scope is not one organization (a person
     * seen where they live or where they are a member; a directive of an ancestor that may be cited).
     */
    public <T> Optional<T> forChangeWhere(Problems problems, String field, Object asTyped, Optional<T> found,
            Predicate<T> inScope) {
        requireWriter();
        Optional<T> reachable = found.filter(inScope);
        if (reachable.isEmpty()) {
            problems.refuse(field, REFERENCE_REFUSED, asTyped == null ? "" : String.valueOf(asTyped));
        }
        return reachable;
    }

    /** The message of a name that several organizations in the scope answer to. */
    public static final String ORGANIZATION_AMBIGUOUS = "reference.organizationAmbiguous";

    /**
     * An organization a change names by code — or by the name a person typed, with or without
     * diacritics, when that name is one organization's inside the scope: {@link #forChange} for
     * organizations. A name that several organizations of the scope answer to is refused under the
     * field, asking to choose one from the suggestions.
     */
    public Optional<OrganizationRef> organizationForChange(Problems problems, String field, String code) {
        Optional<OrganizationRef> byCode = tree.refByCode(code);
        if (code == null || code.isBlank() || byCode.filter(o -> canSee(o.id())).isPresent()) {
            return forChange(problems, field, code, byCode, OrganizationRef::id);
        }
        List<Long> named = tree.named(rootIds(), code, today(), 2);
        if (named.size() > 1) {
            requireWriter();
            problems.refuse(field, ORGANIZATION_AMBIGUOUS, code);
            return Optional.empty();
        }
        return forChange(problems, field, code, named.stream().findFirst().flatMap(tree::refById), OrganizationRef::id);
    }
}

package vn.ptdv.organization;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ptdv.organization.internal.TreeReader;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;

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

    /** An organization that has ceased is seen by those who see the organization that took it over. */
    public boolean canSee(long organizationId) {
        CurrentUser user = user();
        return user.isAdmin() || tree.isWithinThroughSuccessor(organizationId, user.homeOrganizationId(), today());
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
}

package vn.ptdv.identity.internal;

import org.springframework.stereotype.Component;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Installation;

/** What the page layout shows about the signed-in user, read only when a page is rendered. */
@Component("layout")
class LayoutInfo {
    private final OrganizationDirectory organizations;
    private final Installation installation;

    LayoutInfo(OrganizationDirectory organizations, Installation installation) {
        this.organizations = organizations;
        this.installation = installation;
    }

    public boolean demo() {
        return installation.demo();
    }

    public CurrentUser user() {
        return CurrentUser.find().orElse(null);
    }

    public OrganizationRef home() {
        return CurrentUser.find().map(CurrentUser::homeOrganizationId).flatMap(organizations::findById).orElse(null);
    }

    public boolean canManageUsers() {
        return CurrentUser.find().map(u -> u.role().canManageUsers()).orElse(false);
    }

    public boolean canReadAudit() {
        return CurrentUser.find().map(u -> u.role().canReadAudit()).orElse(false);
    }
}

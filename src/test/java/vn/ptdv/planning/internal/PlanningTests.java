package vn.ptdv.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Role;

/** What the unit tests of the planning services share: a fixed day, a small tree, the users. */
final class PlanningTests {
    static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    static final OrganizationRef PROVINCE = new OrganizationRef(1, "BM", "Đảng bộ tỉnh Bình Minh",
            OrganizationType.PROVINCIAL, null, null);
    static final OrganizationRef WARD = new OrganizationRef(2, "BM-P-HOABINH", "Đảng bộ phường Hòa Bình",
            OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    static final OrganizationRef COMMUNE = new OrganizationRef(3, "BM-X-ANPHU", "Đảng bộ xã An Phú",
            OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    static final OrganizationRef CELL = new OrganizationRef(4, "BM-P-HOABINH-KP01", "Chi bộ Khu phố 1",
            OrganizationType.CELL, CellKind.RESIDENTIAL, null);

    private PlanningTests() {
    }

    static CurrentUser user(Role role) {
        return new CurrentUser(1, "bantochuc", "Nguyễn Thị Lan", role, role == Role.ADMIN ? null : 1L);
    }
}

package vn.ptdv.support;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import vn.ptdv.identity.NewAccount;
import vn.ptdv.identity.UserAccounts;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.DelegateAdmission;
import vn.ptdv.organization.MergeIntoNew;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;

/** Builds a small province of its own for each test, with codes no other test uses. */
public class Fixtures {
    public static final String PASSWORD = "matkhau-123";
    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    private static final String RUN = Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    private final OrganizationDirectory organizations;
    private final UserAccounts accounts;

    Fixtures(OrganizationDirectory organizations, UserAccounts accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    /**
     * A province with a direct-subordinate bloc, two communes (A: "Hòa Bình", B: "An Phú") with
     * two cells each, and one agency committee with a cell under the bloc.
     */
    public record Tree(String province, String bloc, String communeA, String communeB, String cellA1, String cellA2,
            String cellB1, String cellB2, String agency, String agencyCell) {

        public String prefix() {
            return province;
        }
    }

    public String uniquePrefix() {
        return "T" + RUN + "X" + SEQUENCE.incrementAndGet();
    }

    public Tree tree() {
        return tree(null);
    }

    /** A national organization of its own (the whole Party of a test); its code. */
    public String nation() {
        String code = uniquePrefix() + "-VN";
        SystemActor.run(() -> add(code, "Đảng Cộng sản Việt Nam " + code, OrganizationType.CENTRAL, null, null));
        return code;
    }

    /** The same province under the organization (a national one), or as a root when null. */
    public Tree tree(String parent) {
        String p = uniquePrefix();
        return SystemActor.call(() -> {
            add(p, "Đảng bộ tỉnh Thử Nghiệm " + p, OrganizationType.PROVINCIAL, null, parent);
            add(p + "-KHOI", "Đảng bộ Khối cơ quan " + p, OrganizationType.DIRECT_SUBORDINATE, null, p);
            add(p + "-A", "Đảng bộ phường Hòa Bình " + p, OrganizationType.GRASSROOTS_COMMITTEE, null, p);
            add(p + "-A-1", "Chi bộ Khu phố Đông " + p, OrganizationType.CELL, CellKind.RESIDENTIAL, p + "-A");
            add(p + "-A-2", "Chi bộ Trường học " + p, OrganizationType.CELL, CellKind.SCHOOL, p + "-A");
            add(p + "-B", "Đảng bộ xã An Phú " + p, OrganizationType.GRASSROOTS_COMMITTEE, null, p);
            add(p + "-B-1", "Chi bộ Thôn Tây " + p, OrganizationType.CELL, CellKind.RESIDENTIAL, p + "-B");
            add(p + "-B-2", "Chi bộ Thôn Nam " + p, OrganizationType.CELL, CellKind.RESIDENTIAL, p + "-B");
            add(p + "-CQ", "Đảng bộ Sở Giáo dục " + p, OrganizationType.GRASSROOTS_COMMITTEE, null, p + "-KHOI");
            add(p + "-CQ-1", "Chi bộ Văn phòng Sở " + p, OrganizationType.CELL, CellKind.AGENCY, p + "-CQ");
            return new Tree(p, p + "-KHOI", p + "-A", p + "-B", p + "-A-1", p + "-A-2", p + "-B-1", p + "-B-2",
                    p + "-CQ", p + "-CQ-1");
        });
    }

    /** A further residential cell of the name (which another cell may bear too) under the organization; its code. */
    public String cell(String parent, String name) {
        String code = parent + "-C" + SEQUENCE.incrementAndGet();
        SystemActor.run(() -> add(code, name, OrganizationType.CELL, CellKind.RESIDENTIAL, parent));
        return code;
    }

    /** An account of the role homed at the organization (none for an administrator); password {@link #PASSWORD}. */
    public String user(Role role, String organizationCode) {
        return user(role, organizationCode, null);
    }

    /** The same, with the person's full name ("Người dùng " and the username when null). */
    public String user(Role role, String organizationCode, String fullName) {
        String username = ("u" + RUN + "x" + SEQUENCE.incrementAndGet()).toLowerCase();
        SystemActor.run(() -> accounts.create(NewAccount.of(username, PASSWORD,
                fullName == null ? "Người dùng " + username : fullName, role,
                role == Role.ADMIN ? null : organizationCode)));
        return username;
    }

    /** The communes (or cells) merged into a new organization of the code and name under the parent from the date. */
    public void merge(List<String> sources, String code, String name, OrganizationType type, String parent,
            LocalDate date) {
        SystemActor.run(() -> organizations.mergeIntoNew(new MergeIntoNew(sources, code, name, type, parent, date,
                "Nghị quyết số 35-NQ/TU")));
    }

    /** The grassroots committee decides its own admissions (the province delegated them). */
    public void delegateAdmission(String grassroots) {
        SystemActor.run(() -> organizations.delegateAdmission(new DelegateAdmission(grassroots, true)));
    }

    private void add(String code, String name, OrganizationType type, CellKind kind, String parent) {
        organizations.create(new NewOrganization(code, name, type, kind, parent, null));
    }
}

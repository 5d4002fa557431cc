package vn.ptdv.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ptdv.identity.NewAccount;
import vn.ptdv.identity.UserAccounts;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Installation;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;

/**
 * Loads the fictional Bình Minh province on the first start of a demo installation (an empty
 * tree), through the same use cases as the pages, in one transaction.
 */
@Component
@Order(10)
class DemoDataset implements ApplicationRunner {
    static final String PROVINCE = "BM";
    static final String PASSWORD = "demo12345";
    private static final Logger log = LoggerFactory.getLogger(DemoDataset.class);

    private final Installation installation;
    private final OrganizationDirectory organizations;
    private final UserAccounts accounts;
    private final TransactionTemplate transaction;

    DemoDataset(Installation installation, OrganizationDirectory organizations, UserAccounts accounts,
            TransactionTemplate transaction) {
        this.installation = installation;
        this.organizations = organizations;
        this.accounts = accounts;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!installation.demo() || organizations.findByCode(PROVINCE).isPresent()) {
            return;
        }
        try {
            SystemActor.run(() -> transaction.executeWithoutResult(status -> load()));
            log.info("Loaded the demo dataset (dữ liệu minh họa): province {}", PROVINCE);
        } catch (DuplicateKeyException | InvalidInputException anotherInstanceLoadedIt) {
            log.info("The demo dataset was loaded by another instance");
        }
    }

    private void load() {
        add(PROVINCE, "Đảng bộ tỉnh Bình Minh", OrganizationType.PROVINCIAL, null, null);

        String bloc = "BM-KCQ";
        add(bloc, "Đảng bộ Khối các cơ quan và doanh nghiệp tỉnh", OrganizationType.DIRECT_SUBORDINATE, null, PROVINCE);
        committee(bloc, "BM-KCQ-SGD", "Đảng bộ Sở Giáo dục và Đào tạo", List.of(
                cell("VP", "Chi bộ Văn phòng Sở", CellKind.AGENCY),
                cell("GDTH", "Chi bộ Phòng Giáo dục trung học", CellKind.AGENCY),
                cell("THPTC", "Chi bộ Trường THPT chuyên Bình Minh", CellKind.SCHOOL),
                cell("TCCB", "Chi bộ Phòng Tổ chức cán bộ", CellKind.AGENCY)));
        committee(bloc, "BM-KCQ-BV", "Đảng bộ Bệnh viện Đa khoa tỉnh", List.of(
                cell("HC", "Chi bộ Hành chính - Quản trị", CellKind.HEALTH),
                cell("DUOC", "Chi bộ Khoa Dược", CellKind.HEALTH)));
        add("BM-KCQ-BV-LS", "Đảng bộ bộ phận Khối Lâm sàng", OrganizationType.PARTIAL_COMMITTEE, null, "BM-KCQ-BV");
        for (Cell cell : List.of(cell("NOI", "Chi bộ Khoa Nội", CellKind.HEALTH),
                cell("NGOAI", "Chi bộ Khoa Ngoại", CellKind.HEALTH), cell("NHI", "Chi bộ Khoa Nhi", CellKind.HEALTH))) {
            add("BM-KCQ-BV-LS-" + cell.suffix(), cell.name(), OrganizationType.CELL, cell.kind(), "BM-KCQ-BV-LS");
        }
        committee(bloc, "BM-KCQ-DL", "Đảng bộ Công ty Điện lực Bình Minh", List.of(
                cell("KT", "Chi bộ Phòng Kỹ thuật", CellKind.ENTERPRISE),
                cell("VH", "Chi bộ Đội Quản lý vận hành", CellKind.ENTERPRISE),
                cell("VP", "Chi bộ Văn phòng Công ty", CellKind.ENTERPRISE)));
        add("BM-KCQ-BHXH", "Chi bộ Bảo hiểm xã hội tỉnh", OrganizationType.GRASSROOTS_CELL, CellKind.AGENCY, bloc);

        commune("BM-P-HOABINH", "Đảng bộ phường Hòa Bình", "Khu phố", 7, "THCS Hòa Bình");
        commune("BM-P-TANTHANH", "Đảng bộ phường Tân Thành", "Khu phố", 8, "Tiểu học Tân Thành");
        commune("BM-X-ANPHU", "Đảng bộ xã An Phú", "Thôn", 7, "THCS An Phú");
        commune("BM-X-DONGSON", "Đảng bộ xã Đông Sơn", "Thôn", 6, "Tiểu học Đông Sơn");
        commune("BM-X-PHUOCLOC", "Đảng bộ xã Phước Lộc", "Ấp", 6, "THCS Phước Lộc");
        commune("BM-X-LAMTHUY", "Đảng bộ xã Lâm Thủy", "Bản", 5, "Tiểu học Lâm Thủy");
        commune("BM-X-THUANHOA", "Đảng bộ xã Thuận Hòa", "Thôn", 6, "THCS Thuận Hòa");
        commune("BM-X-NGHIAHUNG", "Đảng bộ xã Nghĩa Hưng", "Thôn", 5, "Tiểu học Nghĩa Hưng");

        account("bantochuc", "Nguyễn Thị Lan", Role.ORG_DEPARTMENT, PROVINCE);
        account("khoicq", "Trần Văn Hùng", Role.ORG_DEPARTMENT, bloc);
        account("hoabinh", "Lê Minh Tuấn", Role.COMMITTEE, "BM-P-HOABINH");
        account("anphu", "Phạm Thị Hoa", Role.COMMITTEE, "BM-X-ANPHU");
        account("bithu.kp1", "Võ Văn Bình", Role.CELL_SECRETARY, "BM-P-HOABINH-KP01");
        account("theodoi", "Đặng Thu Trang", Role.VIEWER, PROVINCE);
    }

    private record Cell(String suffix, String name, CellKind kind) {
    }

    private static Cell cell(String suffix, String name, CellKind kind) {
        return new Cell(suffix, name, kind);
    }

    private void committee(String parent, String code, String name, List<Cell> cells) {
        add(code, name, OrganizationType.GRASSROOTS_COMMITTEE, null, parent);
        for (Cell cell : cells) {
            add(code + "-" + cell.suffix(), cell.name(), OrganizationType.CELL, cell.kind(), code);
        }
    }

    /** A commune or ward with its residential cells (Khu phố 1…, Thôn 1…) and the usual others. */
    private void commune(String code, String name, String area, int areas, String school) {
        add(code, name, OrganizationType.GRASSROOTS_COMMITTEE, null, PROVINCE);
        String prefix = area.equals("Khu phố") ? "KP" : area.equals("Ấp") ? "AP" : area.equals("Bản") ? "BAN" : "TH";
        for (int i = 1; i <= areas; i++) {
            add(String.format("%s-%s%02d", code, prefix, i), "Chi bộ " + area + " " + i, OrganizationType.CELL,
                    CellKind.RESIDENTIAL, code);
        }
        add(code + "-TRUONG", "Chi bộ Trường " + school, OrganizationType.CELL, CellKind.SCHOOL, code);
        add(code + "-YTE", "Chi bộ Trạm Y tế", OrganizationType.CELL, CellKind.HEALTH, code);
        add(code + "-CA", "Chi bộ Công an", OrganizationType.CELL, CellKind.ARMED_FORCES, code);
    }

    private void add(String code, String name, OrganizationType type, CellKind kind, String parent) {
        organizations.create(code, name, type, kind, parent, null);
    }

    private void account(String username, String fullName, Role role, String organization) {
        accounts.create(NewAccount.of(username, PASSWORD, fullName, role, organization));
    }
}

package vn.ptdv.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
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
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.NewMember;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
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
    static final LocalDate MERGER = LocalDate.of(2025, 7, 1);
    private static final Logger log = LoggerFactory.getLogger(DemoDataset.class);

    private final Installation installation;
    private final OrganizationDirectory organizations;
    private final UserAccounts accounts;
    private final MemberRegistry members;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDataset(Installation installation, OrganizationDirectory organizations, UserAccounts accounts,
            MemberRegistry members, TransactionTemplate transaction, Clock clock) {
        this.installation = installation;
        this.organizations = organizations;
        this.accounts = accounts;
        this.members = members;
        this.transaction = transaction;
        this.clock = clock;
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
        commune("BM-X-NGHIATHINH", "Đảng bộ xã Nghĩa Thịnh", "Thôn", 3, "Tiểu học Nghĩa Thịnh");
        commune("BM-X-HUNGLONG", "Đảng bộ xã Hưng Long", "Thôn", 3, "Tiểu học Hưng Long");

        loadMembers();
        // Since 01/07/2025 two communes are one (the merger of communes that year).
        organizations.mergeIntoNew(List.of("BM-X-NGHIATHINH", "BM-X-HUNGLONG"), "BM-X-NGHIAHUNG",
                "Đảng bộ xã Nghĩa Hưng", OrganizationType.GRASSROOTS_COMMITTEE, PROVINCE, MERGER,
                "Nghị quyết số 35-NQ/TU ngày 20/6/2025 của Ban Thường vụ Tỉnh ủy (minh họa)");

        account("bantochuc", "Nguyễn Thị Lan", Role.ORG_DEPARTMENT, PROVINCE);
        account("khoicq", "Trần Văn Hùng", Role.ORG_DEPARTMENT, bloc);
        account("hoabinh", "Lê Minh Tuấn", Role.COMMITTEE, "BM-P-HOABINH");
        account("anphu", "Phạm Thị Hoa", Role.COMMITTEE, "BM-X-ANPHU");
        account("bithu.kp1", "Võ Văn Bình", Role.CELL_SECRETARY, "BM-P-HOABINH-KP01");
        account("theodoi", "Đặng Thu Trang", Role.VIEWER, PROVINCE);
    }

    private record Cell(String suffix, String name, CellKind kind) {
    }

    /**
     * Members in every cell, admitted from 1975 on; a few transferred between cells of the same
     * commune in 2023, and a few died in 2024, so that counts on different dates differ.
     */
    private void loadMembers() {
        DemoPeople people = new DemoPeople();
        LocalDate today = LocalDate.now(clock);
        List<String> cells = organizations.childrenOn(organizations.findByCode(PROVINCE).orElseThrow().id(), today)
                .stream().flatMap(o -> cellsUnder(o.id(), today).stream()).toList();
        for (String cell : cells) {
            int count = 5 + people.nextInt(8);
            List<Long> early = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                NewMember member = people.member(cell, 1975, today.getYear(), today);
                long id = members.register(member);
                if (member.admittedOn().isBefore(LocalDate.of(2023, 1, 1))) {
                    early.add(id);
                }
            }
            if (!early.isEmpty() && people.nextInt(100) < 30) {
                members.move(early.get(0), MovementType.DEATH, LocalDate.of(2024, 3, 1 + people.nextInt(28)), null);
            }
            String sibling = cells.get(Math.floorMod(cells.indexOf(cell) + 1, cells.size()));
            boolean sameCommune = sibling.startsWith(cell.substring(0, cell.lastIndexOf('-') + 1));
            if (early.size() > 1 && sameCommune && people.nextInt(100) < 30) {
                members.move(early.get(1), MovementType.TRANSFER, LocalDate.of(2023, 9, 1), sibling);
            }
        }
    }

    private List<String> cellsUnder(long organizationId, LocalDate today) {
        List<String> cells = new ArrayList<>();
        for (OrganizationRef child : organizations.childrenOn(organizationId, today)) {
            if (child.type().isCell()) {
                cells.add(child.code());
            } else {
                cells.addAll(cellsUnder(child.id(), today));
            }
        }
        return cells;
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

package vn.ptdv.demo;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
import vn.ptdv.membership.Members;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.NewMember;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.prospect.Pool;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.shared.Installation;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.training.Classes;

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
    private final Members memberQueries;
    private final Pool prospects;
    private final Classes classes;
    private final TransactionTemplate transaction;
    private final Clock clock;

    DemoDataset(Installation installation, OrganizationDirectory organizations, UserAccounts accounts,
            MemberRegistry members, Members memberQueries, Pool prospects, Classes classes,
            TransactionTemplate transaction, Clock clock) {
        this.installation = installation;
        this.organizations = organizations;
        this.accounts = accounts;
        this.members = members;
        this.memberQueries = memberQueries;
        this.prospects = prospects;
        this.classes = classes;
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
        } catch (DuplicateKeyException anotherInstanceLoadedIt) {
            log.info("The demo dataset was loaded by another instance");
        } catch (InvalidInputException refused) {
            boolean provinceTaken = refused.problems().stream()
                    .anyMatch(p -> p.messageKey().equals("org.code.taken") && p.args().contains(PROVINCE));
            if (!provinceTaken) {
                throw new IllegalStateException("The demo dataset does not pass the application's rules: "
                        + refused.problems(), refused);
            }
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

        loadPoolAndClasses();

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

    /**
     * Outstanding non-members in most residential cells (one cell left empty, a thin pool to
     * find), in every status, with mentors; two past classes with certificates, one coming, and
     * a certificate about to expire.
     */
    private void loadPoolAndClasses() {
        DemoPeople people = new DemoPeople(7);
        LocalDate today = LocalDate.now(clock);
        List<String> communes = List.of("BM-P-HOABINH", "BM-X-ANPHU", "BM-X-DONGSON", "BM-P-TANTHANH", "BM-X-LAMTHUY");
        for (String commune : communes) {
            OrganizationRef grassroots = organizations.findByCode(commune).orElseThrow();
            List<Members.MemberRef> mentors = memberQueries.officialUnder(grassroots.id(), today);
            List<Long> pool = new ArrayList<>();
            for (OrganizationRef cell : organizations.childrenOn(grassroots.id(), today)) {
                boolean residential = cell.cellKind() == CellKind.RESIDENTIAL;
                if (!residential || cell.code().equals("BM-X-LAMTHUY-BAN05")) {
                    continue;
                }
                int count = 1 + people.nextInt(4);
                for (int i = 0; i < count; i++) {
                    LocalDate since = LocalDate.of(2024, 1, 1).plusDays(people.nextInt(500));
                    List<Members.MemberRef> eligible = mentors.stream().filter(m -> m.officialOn(since)).toList();
                    Long mentor = eligible.isEmpty() || people.nextInt(100) < 25 ? null
                            : eligible.get(people.nextInt(eligible.size())).id();
                    pool.add(prospects.list(people.prospect(cell.code()), cell.code(), since,
                            ProspectChannel.values()[people.nextInt(ProspectChannel.values().length)],
                            people.categories(), mentor));
                }
            }
            long spring = classes.open("Lớp bồi dưỡng nhận thức về Đảng khóa I năm 2025 — " + grassroots.name(),
                    commune, LocalDate.of(2025, 9, 8), LocalDate.of(2025, 9, 12), "Hội trường Đảng ủy");
            for (int i = 0; i < pool.size() / 2; i++) {
                boolean completed = i % 5 != 4;
                classes.enroll(spring, prospects.personOf(pool.get(i)), completed,
                        completed ? commune + "-GCN-2025-" + (i + 1) : null, completed ? LocalDate.of(2025, 9, 15) : null);
            }
            if (pool.size() > 3) {
                prospects.changeStatus(pool.get(0), ProspectStatus.APPLIED, LocalDate.of(2026, 3, 2), null);
                prospects.changeStatus(pool.get(pool.size() - 1), ProspectStatus.LEFT, LocalDate.of(2026, 5, 4),
                        "Chuyển nơi cư trú ra ngoài tỉnh");
            }
        }
        classes.open("Lớp bồi dưỡng nhận thức về Đảng khóa II năm 2026", "BM-P-HOABINH", today.plusDays(10),
                today.plusDays(14), "Trung tâm học tập cộng đồng phường Hòa Bình");
        // A certificate from five years ago is about to expire before its holder applies.
        long old = prospects.list(people.prospect("BM-X-ANPHU-TH02"), "BM-X-ANPHU-TH02", LocalDate.of(2021, 3, 1),
                ProspectChannel.YOUTH_UNION, List.of(ProspectCategory.YOUTH_UNION_MEMBER), null);
        LocalDate issued = today.minusMonths(60).plusWeeks(6);
        long earlier = classes.open("Lớp bồi dưỡng nhận thức về Đảng năm " + issued.getYear(), "BM-X-ANPHU",
                issued.minusDays(10), issued.minusDays(5), "Hội trường xã An Phú");
        classes.enroll(earlier, prospects.personOf(old), true, "BM-X-ANPHU-GCN-" + issued.getYear() + "-01", issued);
        prospects.survey("BM-P-HOABINH", LocalDate.of(2026, 1, 15), "Văn phòng Đảng ủy phường Hòa Bình", 40,
                Map.of(ProspectCategory.YOUTH_UNION_MEMBER, 18, ProspectCategory.WOMAN, 15,
                        ProspectCategory.YOUNG_INTELLECTUAL, 9, ProspectCategory.GOOD_PRODUCER, 6));
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

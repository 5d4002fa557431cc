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
import vn.ptdv.admission.Admissions;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.RecordStep;
import vn.ptdv.admission.StepData;
import vn.ptdv.identity.NewAccount;
import vn.ptdv.identity.UserAccounts;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.RecordMovement;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.DelegateAdmission;
import vn.ptdv.organization.MergeIntoNew;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.planning.AssignCadre;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.planning.Assignments;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.Directives;
import vn.ptdv.planning.NewDirective;
import vn.ptdv.planning.NewTerm;
import vn.ptdv.planning.NumberSymbol;
import vn.ptdv.planning.SetTarget;
import vn.ptdv.planning.Targets;
import vn.ptdv.planning.Terms;
import vn.ptdv.prospect.ChangeProspect;
import vn.ptdv.prospect.ListProspect;
import vn.ptdv.prospect.Pool;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.prospect.RecordSurvey;
import vn.ptdv.shared.Installation;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.training.Classes;
import vn.ptdv.training.EnrollParticipant;
import vn.ptdv.training.OpenClass;
import vn.ptdv.training.ParticipantResult;

/**
 * Loads the fictional Bình Minh province on the first start of a demo installation (an empty
 * tree), through the same use cases as the pages, in one transaction.
 */
@Component
@Order(10)
class DemoDataset implements ApplicationRunner {
    static final String PROVINCE = "BM";
    static final String PASSWORD = "demo12345";
    /**
     * The day the dataset was written for. Every date below is written as it would be on that
     * day and moved by as many days as the loading day lies after it (see {@link #on}), so that
     * the demo tells the same story whatever day it is loaded on: the same ages, deadlines,
     * overdue steps and recognitions falling due.
     */
    static final LocalDate WRITTEN_FOR = LocalDate.of(2026, 11, 29);
    private static final Logger log = LoggerFactory.getLogger(DemoDataset.class);

    private final Installation installation;
    private final OrganizationDirectory organizations;
    private final UserAccounts accounts;
    private final MemberRegistry members;
    private final Members memberQueries;
    private final Pool prospects;
    private final Classes classes;
    private final Admissions admissions;
    private final Terms terms;
    private final Directives directives;
    private final Targets targets;
    private final Assignments assignments;
    private final TransactionTemplate transaction;
    private final Clock clock;
    /** Days between the day the dataset was written for and the day it is loaded. */
    private long shift;

    DemoDataset(Installation installation, OrganizationDirectory organizations, UserAccounts accounts,
            MemberRegistry members, Members memberQueries, Pool prospects, Classes classes, Admissions admissions,
            Terms terms, Directives directives, Targets targets, Assignments assignments,
            TransactionTemplate transaction, Clock clock) {
        this.installation = installation;
        this.organizations = organizations;
        this.accounts = accounts;
        this.members = members;
        this.memberQueries = memberQueries;
        this.prospects = prospects;
        this.classes = classes;
        this.admissions = admissions;
        this.terms = terms;
        this.directives = directives;
        this.targets = targets;
        this.assignments = assignments;
        this.transaction = transaction;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!installation.demo()) {
            return;
        }
        if (organizations.findByCode(PROVINCE).isPresent()) {
            log.info("The demo dataset (dữ liệu minh họa) is already in the database: province {}", PROVINCE);
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
        shift = java.time.temporal.ChronoUnit.DAYS.between(WRITTEN_FOR, LocalDate.now(clock));
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
        organizations.mergeIntoNew(new MergeIntoNew(List.of("BM-X-NGHIATHINH", "BM-X-HUNGLONG"), "BM-X-NGHIAHUNG",
                "Đảng bộ xã Nghĩa Hưng", OrganizationType.GRASSROOTS_COMMITTEE, PROVINCE, on(2025, 7, 1),
                "Nghị quyết số 35-NQ/TU ngày 20/6/2025 của Ban Thường vụ Tỉnh ủy (minh họa)"));

        loadPoolAndClasses();
        loadDossiers();
        loadPlans();

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
        DemoPeople people = new DemoPeople(0, LocalDate.now(clock));
        LocalDate today = LocalDate.now(clock);
        List<String> cells = organizations.childrenOn(organizations.findByCode(PROVINCE).orElseThrow().id(), today)
                .stream().flatMap(o -> cellsUnder(o.id(), today).stream()).toList();
        for (String cell : cells) {
            int count = 5 + people.nextInt(8);
            List<Long> early = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                RegisterMember member = people.member(cell, 1975, today.getYear(), today);
                long id = members.register(member);
                if (member.admittedOn().isBefore(on(2023, 1, 1))) {
                    early.add(id);
                }
            }
            if (!early.isEmpty() && people.nextInt(100) < 30) {
                members.move(new RecordMovement(early.get(0), MovementType.DEATH, on(2024, 3, 1 + people.nextInt(28)),
                        null, null, null, null));
            }
            String sibling = cells.get(Math.floorMod(cells.indexOf(cell) + 1, cells.size()));
            boolean sameCommune = sibling.startsWith(cell.substring(0, cell.lastIndexOf('-') + 1));
            if (early.size() > 1 && sameCommune && people.nextInt(100) < 30) {
                members.move(new RecordMovement(early.get(1), MovementType.TRANSFER, on(2023, 9, 1), sibling,
                        null, null, null));
            }
        }
    }

    /**
     * Outstanding non-members in most residential cells (one cell left empty, a thin pool to
     * find), in every status, with mentors; two past classes with certificates, one coming, and
     * a certificate about to expire.
     */
    private void loadPoolAndClasses() {
        DemoPeople people = new DemoPeople(7, LocalDate.now(clock));
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
                    LocalDate since = on(2024, 1, 1).plusDays(people.nextInt(500));
                    List<Members.MemberRef> eligible = mentors.stream().filter(m -> m.officialOn(since)).toList();
                    Long mentor = eligible.isEmpty() || people.nextInt(100) < 25 ? null
                            : eligible.get(people.nextInt(eligible.size())).id();
                    pool.add(prospects.list(ListProspect.of(people.prospect(cell.code()), cell.code(), since,
                            ProspectChannel.values()[people.nextInt(ProspectChannel.values().length)],
                            people.categories(), mentor)));
                }
            }
            long spring = classes.open(new OpenClass("Lớp bồi dưỡng nhận thức về Đảng khóa I năm " + year(2025, 9, 8) + " — " + grassroots.name(),
                    commune, on(2025, 9, 8), on(2025, 9, 12), "Hội trường Đảng ủy"));
            for (int i = 0; i < pool.size() / 2; i++) {
                boolean completed = i % 5 != 4;
                classes.enroll(EnrollParticipant.existing(spring, prospects.personOf(pool.get(i)), new ParticipantResult(completed,
                        completed ? commune + "-GCN-" + year(2025, 9, 15) + "-" + (i + 1) : null, completed ? on(2025, 9, 15) : null)));
            }
            if (pool.size() > 3) {
                prospects.change(ChangeProspect.status(pool.get(0), ProspectStatus.APPLIED, on(2026, 3, 2), null));
                prospects.change(ChangeProspect.status(pool.get(pool.size() - 1), ProspectStatus.LEFT, on(2026, 5, 4),
                        "Chuyển nơi cư trú ra ngoài tỉnh"));
            }
        }
        classes.open(new OpenClass("Lớp bồi dưỡng nhận thức về Đảng khóa II năm " + today.plusDays(10).getYear(), "BM-P-HOABINH", today.plusDays(10),
                today.plusDays(14), "Trung tâm học tập cộng đồng phường Hòa Bình"));
        // A certificate from five years ago is about to expire before its holder applies.
        long old = prospects.list(ListProspect.of(people.prospect("BM-X-ANPHU-TH02"), "BM-X-ANPHU-TH02", on(2021, 3, 1),
                ProspectChannel.YOUTH_UNION, List.of(ProspectCategory.YOUTH_UNION_MEMBER), null));
        LocalDate issued = today.minusMonths(60).plusWeeks(3);
        long earlier = classes.open(new OpenClass("Lớp bồi dưỡng nhận thức về Đảng năm " + issued.getYear(), "BM-X-ANPHU",
                issued.minusDays(10), issued.minusDays(5), "Hội trường xã An Phú"));
        classes.enroll(EnrollParticipant.existing(earlier, prospects.personOf(old),
                ParticipantResult.certified("BM-X-ANPHU-GCN-" + issued.getYear() + "-01", issued)));
        // A classmate applied a few days ago: the cell must vote before the certificate expires.
        long classmate = prospects.list(ListProspect.of(people.prospect("BM-X-ANPHU-TH03"), "BM-X-ANPHU-TH03",
                on(2021, 3, 1), ProspectChannel.YOUTH_UNION, List.of(ProspectCategory.YOUTH_UNION_MEMBER),
                null));
        classes.enroll(EnrollParticipant.existing(earlier, prospects.personOf(classmate),
                ParticipantResult.certified("BM-X-ANPHU-GCN-" + issued.getYear() + "-02", issued)));
        long expiring = admissions.open(prospects.personOf(classmate), "BM-X-ANPHU-TH03");
        admissions.record(expiring, RecordStep.of(StepCode.APPLICATION, today.minusDays(5)));
        prospects.survey(new RecordSurvey("BM-P-HOABINH", on(2026, 1, 15), "Văn phòng Đảng ủy phường Hòa Bình", 40,
                Map.of(ProspectCategory.YOUTH_UNION_MEMBER, 18, ProspectCategory.WOMAN, 15,
                        ProspectCategory.YOUNG_INTELLECTUAL, 9, ProspectCategory.GOOD_PRODUCER, 6), null));
    }

    /**
     * Admission dossiers in the ward of Hòa Bình at every stage: one recognized as a full member,
     * one whose twelve months of probation end within the month, one in probation, one whose
     * admission decision is overdue, one gathering its papers. Since 2025 the communes and wards
     * decide their own admissions.
     */
    private void loadDossiers() {
        for (String commune : List.of("BM-P-HOABINH", "BM-P-TANTHANH", "BM-X-ANPHU", "BM-X-DONGSON", "BM-X-PHUOCLOC",
                "BM-X-LAMTHUY", "BM-X-THUANHOA", "BM-X-NGHIAHUNG")) {
            organizations.delegateAdmission(new DelegateAdmission(commune, true));
        }
        DemoPeople people = new DemoPeople(11, LocalDate.now(clock));
        LocalDate today = LocalDate.now(clock);
        String ward = "BM-P-HOABINH";
        long class2024 = classes.open(new OpenClass("Lớp bồi dưỡng nhận thức về Đảng khóa I năm " + year(2024, 3, 4), ward, on(2024, 3, 4),
                on(2024, 3, 8), "Hội trường Đảng ủy phường Hòa Bình"));
        long class2026 = classes.open(new OpenClass("Lớp bồi dưỡng nhận thức về Đảng khóa I năm " + year(2026, 3, 2), ward, on(2026, 3, 2),
                on(2026, 3, 6), "Hội trường Đảng ủy phường Hòa Bình"));
        LocalDate since2024 = on(2024, 1, 10);
        LocalDate since2026 = on(2025, 10, 1);

        long official = applicant(people, ward + "-KP02", since2024, class2024, on(2024, 3, 11),
                "HB-GCN-" + year(2024, 3, 11) + "-01");
        LocalDate vote = on(2024, 5, 20);
        LocalDate welcomed = on(2024, 7, 1);
        long dossier = admitted(official, ward + "-KP02", vote, on(2024, 6, 17), welcomed);
        admissions.record(dossier, RecordStep.of(StepCode.NEW_MEMBER_CLASS, on(2024, 10, 7),
                new StepData.NewMemberClass("HB-ĐVM-" + year(2024, 10, 7) + "-03")));
        // The twelve months of probation are months, not days: the recognition comes the day they end.
        LocalDate recognized = welcomed.plusMonths(12);
        admissions.record(dossier, RecordStep.of(StepCode.RECOGNITION_CELL_RESOLUTION, recognized,
                new StepData.CellVote(officialIn(ward + "-KP02", recognized), officialIn(ward + "-KP02", recognized),
                        null)));
        admissions.record(dossier, RecordStep.of(StepCode.RECOGNITION_COMMITTEE_RESOLUTION, recognized.plusDays(7),
                StepData.CommitteeVote.of(9, 9)));
        admissions.record(dossier, RecordStep.of(StepCode.RECOGNITION_DECISION, recognized.plusDays(14),
                StepData.Decision.numbered("88-QĐ/ĐU")));

        long dueSoon = applicant(people, ward + "-KP01", since2024, class2024, on(2024, 3, 11), "HB-GCN-" + year(2024, 3, 11) + "-02");
        LocalDate ceremony = today.minusMonths(12).plusDays(15);
        admitted(dueSoon, ward + "-KP01", ceremony.minusDays(35), ceremony.minusDays(14), ceremony);

        long probation = applicant(people, ward + "-KP03", since2026, class2026, on(2026, 3, 9), "HB-GCN-" + year(2026, 3, 9) + "-01");
        admitted(probation, ward + "-KP03", on(2026, 5, 11), on(2026, 6, 15), on(2026, 7, 1));

        long overdue = applicant(people, ward + "-KP01", since2026, class2026, on(2026, 3, 9), "HB-GCN-" + year(2026, 3, 9) + "-02");
        LocalDate late = today.minusDays(120);
        long waiting = proposed(overdue, ward + "-KP01", late);
        admissions.record(waiting, RecordStep.of(StepCode.COMMITTEE_RESOLUTION, late.plusDays(7),
                StepData.CommitteeVote.of(9, 8)));

        long preparing = applicant(people, ward + "-KP01", since2026, class2026, on(2026, 3, 9), "HB-GCN-" + year(2026, 3, 9) + "-03");
        long gathering = admissions.open(preparing, ward + "-KP01");
        admissions.record(gathering, RecordStep.of(StepCode.APPLICATION, today.minusDays(20)));
        admissions.record(gathering, RecordStep.of(StepCode.PERSONAL_HISTORY, today.minusDays(10)));
    }

    /**
     * The congress term going on (it began on the 1st of October fourteen months or so before
     * the loading day) and the one before it; the province's plans with its targets for the term
     * and for the current year allocated to the organizations under it, more admissions decided
     * this year, and cadres of the ward of Hòa Bình assigned to supervise cells — one who
     * introduced someone to the pool this year, one who did not.
     */
    private void loadPlans() {
        LocalDate today = LocalDate.now(clock);
        int start = year(2025, 10, 1);
        String term = start + "-" + (start + 5);
        terms.create(new NewTerm((start - 5) + "-" + start, "Nhiệm kỳ " + (start - 5) + "-" + start,
                LocalDate.of(start - 5, 10, 1), LocalDate.of(start, 9, 30)));
        terms.create(new NewTerm(term, "Nhiệm kỳ " + term, LocalDate.of(start, 10, 1),
                LocalDate.of(start + 5, 9, 30)));
        int year = today.getYear();
        LocalDate yearPlanDay = LocalDate.of(year, 1, 12).isAfter(today) ? today : LocalDate.of(year, 1, 12);
        long termPlan = directives.create(new NewDirective(NumberSymbol.of("15-KH/TU"), DirectiveType.PLAN,
                LocalDate.of(start, 11, 20).isAfter(today) ? today : LocalDate.of(start, 11, 20), PROVINCE,
                "Kế hoạch phát triển đảng viên nhiệm kỳ " + term));
        long yearPlan = directives.create(new NewDirective(NumberSymbol.of("02-KH/TU"), DirectiveType.PLAN,
                yearPlanDay, PROVINCE, "Kế hoạch giao chỉ tiêu kết nạp đảng viên năm " + year));
        // Recorded with the symbol of a district committee: kept, with a warning to check it.
        directives.create(new NewDirective(NumberSymbol.of("03-HD/HU"), DirectiveType.GUIDANCE,
                yearPlanDay, PROVINCE, "Hướng dẫn tạo nguồn kết nạp đảng viên ở thôn, khu phố"));
        targets.set(SetTarget.of(PROVINCE, term, null, 125, termPlan));
        targets.set(SetTarget.of(PROVINCE, term, year, 25, yearPlan));
        Map<String, Integer> thisYear = Map.of("BM-KCQ", 4, "BM-P-HOABINH", 4, "BM-P-TANTHANH", 3, "BM-X-ANPHU", 3,
                "BM-X-DONGSON", 2, "BM-X-PHUOCLOC", 2, "BM-X-LAMTHUY", 2, "BM-X-THUANHOA", 2, "BM-X-NGHIAHUNG", 3);
        thisYear.forEach((code, admissions) -> {
            targets.set(SetTarget.of(code, term, year, admissions, yearPlan));
            targets.set(SetTarget.of(code, term, null, admissions * 5, termPlan));
        });

        DemoPeople people = new DemoPeople(13, LocalDate.now(clock));
        long anPhuClass = classes.open(new OpenClass("Lớp bồi dưỡng nhận thức về Đảng khóa I năm " + year(2026, 3, 9), "BM-X-ANPHU",
                on(2026, 3, 9), on(2026, 3, 13), "Hội trường xã An Phú"));
        for (int i = 0; i < 3; i++) {
            String cell = "BM-X-ANPHU-TH0" + (i + 1);
            long person = applicant(people, cell, on(2025, 10, 15), anPhuClass, on(2026, 3, 16),
                    "AP-GCN-" + year(2026, 3, 16) + "-0" + (i + 1));
            admitted(person, cell, on(2026, 6, 8 + i), on(2026, 7, 6 + i), on(2026, 7, 20));
        }
        long tanThanhClass = classes.open(new OpenClass("Lớp bồi dưỡng nhận thức về Đảng khóa I năm " + year(2026, 3, 9), "BM-P-TANTHANH",
                on(2026, 3, 9), on(2026, 3, 13), "Hội trường phường Tân Thành"));
        long tanThanh = applicant(people, "BM-P-TANTHANH-KP02", on(2025, 10, 15), tanThanhClass,
                on(2026, 3, 16), "TT-GCN-" + year(2026, 3, 16) + "-01");
        admitted(tanThanh, "BM-P-TANTHANH-KP02", on(2026, 8, 3), on(2026, 9, 7),
                on(2026, 9, 21));

        // Decided ten days ago: the ceremony is to come.
        long awaiting = applicant(people, "BM-P-TANTHANH-KP04", on(2025, 10, 15), tanThanhClass,
                on(2026, 3, 16), "TT-GCN-" + year(2026, 3, 16) + "-02");
        LocalDate vote = today.minusDays(40);
        long decided = proposed(awaiting, "BM-P-TANTHANH-KP04", vote);
        admissions.record(decided, RecordStep.of(StepCode.COMMITTEE_RESOLUTION, vote.plusDays(7),
                StepData.CommitteeVote.of(9, 9)));
        admissions.record(decided, RecordStep.of(StepCode.ADMISSION_DECISION, today.minusDays(10),
                StepData.Decision.numbered("57-QĐ/ĐU")));

        String ward = "BM-P-HOABINH";
        long wardId = organizations.findByCode(ward).orElseThrow().id();
        LocalDate from = LocalDate.of(today.getYear(), 1, 5).isAfter(today) ? today.withDayOfMonth(1)
                : LocalDate.of(today.getYear(), 1, 5);
        List<Members.MemberRef> cadres = memberQueries.officialUnder(wardId, from).stream()
                .filter(m -> m.officialOn(today)).limit(2).toList();
        assignments.assign(new AssignCadre(cadres.get(0).id(), ward + "-KP01", AssignmentRole.SUPERVISE, from, null,
                null));
        assignments.assign(new AssignCadre(cadres.get(1).id(), ward + "-KP06", AssignmentRole.SUPERVISE, from, null,
                null));
        prospects.list(ListProspect.of(people.prospect(ward + "-KP01"), ward + "-KP01", from,
                ProspectChannel.CELL, List.of(ProspectCategory.YOUNG_INTELLECTUAL), null).introducedBy(cadres.get(0).id()));
    }

    /** A new prospect of the cell, listed on the date, who completed the class with a certificate. */
    private long applicant(DemoPeople people, String cell, LocalDate since, long classId, LocalDate certificateDate,
            String certificate) {
        long prospect = prospects.list(ListProspect.of(people.prospect(cell), cell, since, ProspectChannel.YOUTH_UNION,
                List.of(ProspectCategory.YOUTH_UNION_MEMBER), null));
        long person = prospects.personOf(prospect);
        classes.enroll(EnrollParticipant.existing(classId, person, ParticipantResult.certified(certificate, certificateDate)));
        return person;
    }

    /** A dossier whose papers were gathered in the five weeks before the cell's vote on the date, and the vote. */
    private long proposed(long person, String cell, LocalDate vote) {
        long dossier = admissions.open(person, cell);
        LocalDate start = vote.minusWeeks(5);
        long grassroots = organizations.grassrootsOf(organizations.findByCode(cell).orElseThrow().id(), start)
                .orElseThrow().id();
        List<Members.MemberRef> introducers = memberQueries.officialUnder(grassroots, start).stream()
                .filter(m -> m.officialOn(start)).limit(2).toList();
        admissions.record(dossier, RecordStep.of(StepCode.APPLICATION, start));
        admissions.record(dossier, RecordStep.of(StepCode.PERSONAL_HISTORY, start.plusDays(3)));
        admissions.record(dossier, RecordStep.of(StepCode.INTRODUCTION, start.plusDays(7),
                StepData.Introduction.byMembers(introducers.stream()
                        .map(m -> new StepData.Introducer(m.id(), on(2020, 1, 1))).toList())));
        admissions.record(dossier, RecordStep.of(StepCode.BACKGROUND_CHECK, start.plusDays(21),
                new StepData.BackgroundCheck("Lý lịch rõ ràng; gia đình chấp hành tốt chủ trương, pháp luật")));
        admissions.record(dossier, RecordStep.of(StepCode.COMMENTS, start.plusDays(28)));
        int members = officialIn(cell, vote);
        admissions.record(dossier, RecordStep.of(StepCode.CELL_RESOLUTION, vote,
                StepData.ProposalVote.of(members, members)));
        return dossier;
    }

    /** A dossier through the cell's vote, the committee's resolution, the decision and the ceremony. */
    private long admitted(long person, String cell, LocalDate vote, LocalDate decision, LocalDate ceremony) {
        long dossier = proposed(person, cell, vote);
        admissions.record(dossier, RecordStep.of(StepCode.COMMITTEE_RESOLUTION, vote.plusDays(7),
                StepData.CommitteeVote.of(9, 9)));
        admissions.record(dossier, RecordStep.of(StepCode.ADMISSION_DECISION, decision,
                StepData.Decision.numbered(decision.getDayOfMonth() + "-QĐ/ĐU")));
        admissions.record(dossier, RecordStep.of(StepCode.CEREMONY, ceremony,
                StepData.Ceremony.at("Hội trường khu phố")));
        return dossier;
    }

    /** Official members of the cell on the date (at least three, as a cell meets with three members or more). */
    private int officialIn(String cell, LocalDate date) {
        long id = organizations.findByCode(cell).orElseThrow().id();
        return Math.max(3, (int) memberQueries.officialUnder(id, date).stream().filter(m -> m.officialOn(date)).count());
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
        organizations.create(new NewOrganization(code, name, type, kind, parent, null));
    }

    private void account(String username, String fullName, Role role, String organization) {
        accounts.create(NewAccount.of(username, PASSWORD, fullName, role, organization));
    }

    /** The date as the dataset was written, moved to the loading day's time. */
    private LocalDate on(int year, int month, int day) {
        return LocalDate.of(year, month, day).plusDays(shift);
    }

    /** The year of a date as the dataset was written, moved: for the names of classes and plans. */
    private int year(int year, int month, int day) {
        return on(year, month, day).getYear();
    }
}

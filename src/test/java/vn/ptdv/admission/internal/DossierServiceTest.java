package vn.ptdv.admission.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.RecordStep;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.rules.RuleBook;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.WorkingDays;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberRegistry;
import vn.ptdv.membership.Members;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.AdmissionChain;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.prospect.Pool;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.RefusedByRulesException;
import vn.ptdv.shared.RuleViolation;
import vn.ptdv.shared.Role;
import vn.ptdv.training.Certificates;
import vn.ptdv.support.ScopeMocks;

/**
 * Who decides, worked out on the tree of the step's date, and the special authorities; what a
 * recorded step changes elsewhere; refusals that store nothing — without Spring or a database.
 */
class DossierServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    /** The cell moved from the ward of Hòa Bình to the ward of Tân Thành on this day, after its vote. */
    private static final LocalDate MOVED = LocalDate.of(2024, 7, 1);
    private static final OrganizationRef PROVINCE = new OrganizationRef(1, "BM", "Đảng bộ tỉnh Bình Minh",
            OrganizationType.PROVINCIAL, null, null);
    private static final OrganizationRef HOA_BINH = new OrganizationRef(20, "BM-P-HOABINH", "Đảng bộ phường Hòa Bình",
            OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    private static final OrganizationRef TAN_THANH = new OrganizationRef(30, "BM-P-TANTHANH",
            "Đảng bộ phường Tân Thành", OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    private static final OrganizationRef CELL = new OrganizationRef(10, "BM-KP01", "Chi bộ Khu phố 1",
            OrganizationType.CELL, CellKind.RESIDENTIAL, null);
    private static final long DOSSIER = 5;
    private static final long PERSON = 7;

    private final DossierStore store = mock(DossierStore.class);
    private final People people = mock(People.class);
    private final Members members = mock(Members.class);
    private final MemberRegistry registry = mock(MemberRegistry.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final WorkingDays workingDays = mock(WorkingDays.class);
    private final DossierService service = new DossierService(store, people, members, registry,
            mock(Certificates.class), organizations, scope, workingDays, new RuleBook(AdmissionSettings.defaults()),
            mock(Pool.class), mock(AuditLog.class), mock(Messages.class),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));
    private final List<StepRecord> steps = new ArrayList<>();
    private LocalDate birthDate = LocalDate.of(1998, 4, 20);

    @BeforeEach
    void aProvincialDepartmentAndACellThatMovedAfterItsVote() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(new CurrentUser(1, "bantochuc", "Trần Văn Tổ", Role.ORG_DEPARTMENT, 1L));
        // Both wards decide their own admissions; the cell was under Hòa Bình until it moved to Tân Thành.
        when(organizations.admissionChain(eq(10L), any())).thenAnswer(call -> {
            LocalDate date = call.getArgument(1);
            OrganizationRef ward = date.isBefore(MOVED) ? HOA_BINH : TAN_THANH;
            return Optional.of(new AdmissionChain(CELL, Optional.empty(), ward, ward, true));
        });
        when(organizations.ancestorsOn(eq(10L), any())).thenAnswer(call -> {
            LocalDate date = call.getArgument(1);
            return List.of(date.isBefore(MOVED) ? HOA_BINH : TAN_THANH, PROVINCE);
        });
        when(workingDays.plusWorkingDays(any(), anyInt())).thenAnswer(call -> {
            LocalDate day = call.getArgument(0);
            int n = call.getArgument(1);
            for (int i = 0; i < n; ) {
                day = day.plusDays(1);
                if (day.getDayOfWeek().getValue() < 6) {
                    i++;
                }
            }
            return day;
        });
        when(people.byId(PERSON)).thenAnswer(call -> Optional.of(new PersonRef(PERSON, "Nguyễn Thị Lan", birthDate,
                Gender.FEMALE, null, "01", Religion.NONE, "12/12", 10)));
        when(members.lastEnded(PERSON)).thenReturn(Optional.empty());
        when(store.findById(DOSSIER)).thenAnswer(call -> Optional.of(row()));
        when(store.steps(DOSSIER)).thenAnswer(call -> List.copyOf(steps));
        when(store.insertStep(anyLong(), any(), any(), any(), any(), any(), any(), any(), anyString())).thenReturn(99L);
    }

    private DossierRow row() {
        return new DossierRow(DOSSIER, PERSON, "Nguyễn Thị Lan", birthDate, 10, CELL.code(), CELL.name(), null,
                LocalDate.of(2024, 3, 1), DossierState.PROPOSED, StepCode.ADMISSION_DECISION, null, null, null, null,
                null, null, null, 3, OffsetDateTime.now(), "bantochuc");
    }

    private void recorded(StepCode step, LocalDate date, StepData data) {
        steps.add(new StepRecord(steps.size() + 1, step, date, data, null, List.of(), null, null, OffsetDateTime.now(),
                "bantochuc"));
    }

    /** The papers of spring 2024, the cell's vote of 20/05/2024 and the ward committee's of 27/05/2024. */
    private void proposedIn2024(StepData.ProposalVote vote) {
        for (StepCode paper : List.of(StepCode.APPLICATION, StepCode.PERSONAL_HISTORY, StepCode.INTRODUCTION,
                StepCode.BACKGROUND_CHECK, StepCode.COMMENTS)) {
            recorded(paper, LocalDate.of(2024, 4, 10), StepData.NONE);
        }
        recorded(StepCode.CELL_RESOLUTION, LocalDate.of(2024, 5, 20), vote);
        recorded(StepCode.COMMITTEE_RESOLUTION, LocalDate.of(2024, 5, 27), StepData.CommitteeVote.of(9, 9));
    }

    private StepData.Decision storedDecision() {
        ArgumentCaptor<StepData> data = ArgumentCaptor.forClass(StepData.class);
        verify(store).insertStep(eq(DOSSIER), eq(StepCode.ADMISSION_DECISION), any(), data.capture(), any(), any(),
                any(), any(), anyString());
        return (StepData.Decision) data.getValue();
    }

    private static List<String> refusedRules(Runnable action) {
        try {
            action.run();
        } catch (RefusedByRulesException refused) {
            return refused.violations().stream().filter(RuleViolation::blocking).map(RuleViolation::ruleId).toList();
        }
        throw new AssertionError("the step was not refused");
    }

    private static List<String> problems(Runnable action) {
        try {
            action.run();
        } catch (InvalidInputException refused) {
            return refused.problems().stream().map(p -> p.field() + ": " + p.messageKey()).toList();
        }
        throw new AssertionError("the step was not refused");
    }

    private static RecordStep decision(LocalDate date, String issuerCode) {
        return RecordStep.of(StepCode.ADMISSION_DECISION, date, new StepData.Decision("15-QĐ/ĐU", issuerCode, null));
    }

    @Test
    void aDecisionRecordedLateIsIssuedByTheWardThatHadThePowerOnItsDateNotByTodaysWard() {
        proposedIn2024(StepData.ProposalVote.of(9, 9));

        service.record(DOSSIER, decision(LocalDate.of(2024, 6, 10), null));

        assertThat(storedDecision().issuerCode()).isEqualTo(HOA_BINH.code());
    }

    @Test
    void todaysWardIsRefusedAsTheIssuerOfADecisionDatedBeforeTheCellMoved() {
        proposedIn2024(StepData.ProposalVote.of(9, 9));

        assertThat(refusedRules(() -> service.record(DOSSIER, decision(LocalDate.of(2024, 6, 10), TAN_THANH.code()))))
                .containsExactly("R-AUTHORITY");
        verify(store, never()).insertStep(anyLong(), any(), any(), any(), any(), any(), any(), any(), anyString());
    }

    @Test
    void aDecisionDatedTheDayTheCellMovedIsTheNewWards() {
        proposedIn2024(StepData.ProposalVote.of(9, 9));
        // Judged on the tree of 30/06 (the day before) it is Hòa Bình's, on 01/07 Tân Thành's.
        assertThat(refusedRules(() -> service.record(DOSSIER, decision(MOVED.minusDays(1), TAN_THANH.code()))))
                .containsExactly("R-AUTHORITY");

        service.record(DOSSIER, decision(MOVED, TAN_THANH.code()));

        assertThat(storedDecision().issuerCode()).isEqualTo(TAN_THANH.code());
    }

    @Test
    void anApplicantOverSixtyIsAdmittedByTheProvinceAndTheWardIsRefused() {
        birthDate = LocalDate.of(1960, 1, 1);
        proposedIn2024(new StepData.ProposalVote(9, 9, null, "45-CV/TU", null, null, null));

        assertThat(refusedRules(() -> service.record(DOSSIER, decision(LocalDate.of(2024, 6, 10), HOA_BINH.code()))))
                .containsExactly("R-AUTHORITY");
        service.record(DOSSIER, decision(LocalDate.of(2024, 6, 10), null));

        assertThat(storedDecision().issuerCode()).isEqualTo(PROVINCE.code());
    }

    @Test
    void aFormerMemberIsReadmittedByTheProvince() {
        when(members.lastEnded(PERSON)).thenReturn(Optional.of(new Members.EndedMembership(LocalDate.of(2019, 1, 2),
                MovementType.REMOVAL)));
        proposedIn2024(new StepData.ProposalVote(9, 9, null, null, null, null, new StepData.Readmission(
                StepData.LeaveReason.OTHER, null, false, "12-CV/TU")));

        assertThat(refusedRules(() -> service.record(DOSSIER, decision(LocalDate.of(2024, 6, 10), HOA_BINH.code()))))
                .containsExactly("R-AUTHORITY");
        service.record(DOSSIER, decision(LocalDate.of(2024, 6, 10), PROVINCE.code()));

        assertThat(storedDecision().issuerCode()).isEqualTo(PROVINCE.code());
    }

    @Test
    void theCeremonyMakesAProbationaryMemberOfTheCellFromItsDateAfterTheDecisionOfItsDate() {
        proposedIn2024(StepData.ProposalVote.of(9, 9));
        recorded(StepCode.ADMISSION_DECISION, LocalDate.of(2024, 6, 10), StepData.Decision.numbered("15-QĐ/ĐU"));

        service.record(DOSSIER, RecordStep.of(StepCode.CEREMONY, LocalDate.of(2024, 6, 19),
                StepData.Ceremony.at("Hội trường")));

        verify(registry).admit(PERSON, CELL.code(), LocalDate.of(2024, 6, 10), LocalDate.of(2024, 6, 19));
    }

    @Test
    void aStepDatedTomorrowIsRefusedAndNothingIsStored() {
        assertThat(problems(() -> service.record(DOSSIER, RecordStep.of(StepCode.APPLICATION, TODAY.plusDays(1)))))
                .containsExactly("date: validation.future");
        verify(store, never()).insertStep(anyLong(), any(), any(), any(), any(), any(), any(), any(), anyString());
    }

    @Test
    void moreVotesForThanMembersIsRefusedBeforeTheRules() {
        proposedIn2024(StepData.ProposalVote.of(9, 9));
        steps.removeIf(r -> r.step() == StepCode.CELL_RESOLUTION || r.step() == StepCode.COMMITTEE_RESOLUTION);

        assertThat(problems(() -> service.record(DOSSIER, RecordStep.of(StepCode.CELL_RESOLUTION,
                LocalDate.of(2024, 5, 20), StepData.ProposalVote.of(9, 10)))))
                .containsExactly("votesFor: dossier.votes.moreThanEntitled");
    }
}

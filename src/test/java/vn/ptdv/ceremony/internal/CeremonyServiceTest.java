package vn.ptdv.ceremony.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.Admissions;
import vn.ptdv.admission.Admissions.CeremonyDossier;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.RecordStep;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.RefusedByRulesException;
import vn.ptdv.shared.Role;

/** The ceremony's rules without Spring: the deadline's last day, all or nothing, holding for those present only. */
class CeremonyServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 16);
    private static final LocalDate DUE = LocalDate.of(2026, 12, 1);
    private static final long HOST = 10;

    private final CeremonyStore store = mock(CeremonyStore.class);
    private final Admissions admissions = mock(Admissions.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = mock(AccessScope.class);
    private final CeremonyService service = new CeremonyService(store, admissions, organizations, scope,
            mock(AuditLog.class), Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @BeforeEach
    void setUp() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(anyLong())).thenReturn(true);
        when(scope.user()).thenReturn(new CurrentUser(1, "hoabinh", "Người dùng", Role.COMMITTEE, HOST));
        when(organizations.findById(HOST)).thenReturn(Optional.of(new OrganizationRef(HOST, "W", "Đảng bộ phường",
                OrganizationType.GRASSROOTS_COMMITTEE, null, null)));
        when(organizations.isWithin(anyLong(), eq(HOST), any())).thenReturn(true);
        when(store.plannedCeremonyOf(any())).thenReturn(Map.of());
    }

    private CeremonyRow ceremony(long id, LocalDate date) {
        CeremonyRow row = new CeremonyRow(id, HOST, "W", "Đảng bộ phường", date, "Hội trường", null, null, null,
                CeremonyRow.Status.PLANNED, 0, 0);
        when(store.findById(id)).thenReturn(Optional.of(row));
        return row;
    }

    private static CeremonyDossier decided(long id, String name) {
        return new CeremonyDossier(id, 100 + id, name, 20, "W-1", "Chi bộ 1", DossierState.ADMITTED,
                LocalDate.of(2026, 10, 20), null, DUE, "R-CEREMONY-30WD", "Quy định 294-QĐ/TW, điểm 4.1");
    }

    @Test
    void aDossierJoinsACeremonyOnTheDayBeforeAndTheLastDayOfItsDeadline() {
        when(admissions.ceremonyDossiers(List.of(1L))).thenReturn(List.of(decided(1, "Nguyễn Văn A")));
        ceremony(5, DUE.minusDays(1));
        ceremony(6, DUE);
        service.addDossiers(5, List.of(1L));
        service.addDossiers(6, List.of(1L));
        verify(store).addEntry(eq(5L), eq(1L), any(), anyString());
        verify(store).addEntry(eq(6L), eq(1L), any(), anyString());
    }

    @Test
    void aCeremonyTheDayAfterTheDeadlineRefusesEveryDossierWithTheRuleItsArticleAndTheLastDay() {
        when(admissions.ceremonyDossiers(List.of(1L, 2L))).thenReturn(List.of(decided(1, "Nguyễn Văn A"),
                new CeremonyDossier(2, 102, "Trần Thị B", 20, "W-1", "Chi bộ 1", DossierState.ADMITTED,
                        LocalDate.of(2026, 11, 2), null, LocalDate.of(2026, 12, 15), "R-CEREMONY-30WD", "x")));
        ceremony(7, DUE.plusDays(1));
        assertThatThrownBy(() -> service.addDossiers(7, List.of(1L, 2L)))
                .isInstanceOfSatisfying(RefusedByRulesException.class, e -> {
                    assertThat(e.violations()).hasSize(1);
                    assertThat(e.violations().get(0).ruleId()).isEqualTo("R-CEREMONY-30WD");
                    assertThat(e.violations().get(0).field()).isEqualTo("dossierIds[0]");
                    assertThat(e.violations().get(0).args()).contains("01/12/2026", "02/12/2026");
                    assertThat(e.violations().get(0).sourceKey()).contains("294-QĐ/TW");
                });
        verify(store, never()).addEntry(anyLong(), anyLong(), any(), anyString());
    }

    @Test
    void aDossierOutOfTheHostsSubtreeIsRefusedAsIfItDidNotExist() {
        when(admissions.ceremonyDossiers(List.of(1L, 9L))).thenReturn(List.of(decided(1, "Nguyễn Văn A")));
        ceremony(5, DUE);
        assertThatThrownBy(() -> service.addDossiers(5, List.of(1L, 9L)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.problems()).hasSize(1);
                    assertThat(e.problems().get(0).field()).isEqualTo("dossierIds[1]");
                    assertThat(e.problems().get(0).messageKey()).isEqualTo("ceremony.dossier.unknown");
                });
        verify(store, never()).addEntry(anyLong(), anyLong(), any(), anyString());
    }

    @Test
    void holdingRecordsTheCeremonyStepOfThosePresentOnlyOnTheCeremonysDate() {
        CeremonyRow row = ceremony(8, TODAY);
        when(store.entries(8)).thenReturn(List.of(new CeremonyRow.Entry(8, 1, CeremonyRow.Attendance.PLANNED, null),
                new CeremonyRow.Entry(8, 2, CeremonyRow.Attendance.PLANNED, null)));
        when(admissions.ceremonyDossiers(List.of(1L))).thenReturn(List.of(decided(1, "Nguyễn Văn A")));
        service.hold(8, Map.of(2L, "Ốm"));
        verify(admissions).record(1L, RecordStep.of(StepCode.CEREMONY, TODAY,
                new StepData.Ceremony(null, null, row.place(), 8L)));
        verify(admissions, never()).record(eq(2L), any());
        verify(store).setAttendance(8, 1, CeremonyRow.Attendance.PRESENT, null);
        verify(store).setAttendance(8, 2, CeremonyRow.Attendance.ABSENT, "Ốm");
        verify(store).setStatus(eq(8L), eq(CeremonyRow.Status.HELD), any(), anyString());
    }

    @Test
    void aCeremonyIsHeldFromItsDayOnNotTheDayBefore() {
        ceremony(9, TODAY.plusDays(1));
        when(store.entries(9)).thenReturn(List.of(new CeremonyRow.Entry(9, 1, CeremonyRow.Attendance.PLANNED, null)));
        when(admissions.ceremonyDossiers(List.of(1L))).thenReturn(List.of(decided(1, "Nguyễn Văn A")));
        assertThatThrownBy(() -> service.hold(9, Map.of())).isInstanceOf(InvalidInputException.class)
                .extracting(e -> ((InvalidInputException) e).problems().get(0).messageKey())
                .isEqualTo("ceremony.hold.future");
        verify(admissions, never()).record(anyLong(), any());
    }
}

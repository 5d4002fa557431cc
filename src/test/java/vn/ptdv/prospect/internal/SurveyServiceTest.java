package vn.ptdv.prospect.internal;

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
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.RecordSurvey;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Refusals;
import vn.ptdv.support.ScopeMocks;

/** The rules of recording a pool survey, without Spring or a database. */
class SurveyServiceTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
    private static final OrganizationRef WARD = new OrganizationRef(1, "HB", "Đảng bộ phường Hòa Bình",
            OrganizationType.GRASSROOTS_COMMITTEE, null, null);

    private final SurveyStore store = mock(SurveyStore.class);
    private final OrganizationDirectory organizations = mock(OrganizationDirectory.class);
    private final AccessScope scope = ScopeMocks.scope(organizations);
    private final SurveyService service = new SurveyService(store, organizations, scope, mock(AuditLog.class),
            Clock.fixed(TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC));

    @BeforeEach
    void theWardInScope() {
        when(scope.today()).thenReturn(TODAY);
        when(scope.canSee(1)).thenReturn(true);
        when(scope.user()).thenReturn(new CurrentUser(1, "hoabinh", "Lê Minh Tuấn", Role.COMMITTEE, 1L));
        when(organizations.findByCode("HB")).thenReturn(Optional.of(WARD));
        when(store.insert(anyLong(), any(), anyString(), anyInt(), any(), any(), any(), anyString())).thenReturn(5L);
    }

    private static RecordSurvey survey(String organization, LocalDate on, int total,
            Map<ProspectCategory, Integer> byCategory) {
        return new RecordSurvey(organization, on, "Văn phòng Đảng ủy", total, byCategory, null);
    }

    private void nothingStored() {
        verify(store, never()).insert(anyLong(), any(), anyString(), anyInt(), any(), any(), any(), anyString());
    }

    @Test
    void aCategoryMayCountEveryoneSurveyedButNotOneMore() {
        assertThat(Refusals.of(() -> service.record(survey("HB", TODAY, 12, Map.of(ProspectCategory.WOMAN, 13)))))
                .containsExactly("byCategory: survey.category.aboveTotal");
        nothingStored();

        assertThat(service.record(survey("HB", TODAY, 12, Map.of(ProspectCategory.WOMAN, 12)))).isEqualTo(5);
        verify(store).insert(eq(1L), eq(TODAY), eq("Văn phòng Đảng ủy"), eq(12),
                eq(Map.of(ProspectCategory.WOMAN, 12)), any(), any(), eq("hoabinh"));
    }

    @Test
    void aSurveyDatedTomorrowIsRefusedAndOneOfTodayIsRecorded() {
        assertThat(Refusals.of(() -> service.record(survey("HB", TODAY.plusDays(1), 12, Map.of()))))
                .containsExactly("surveyedOn: validation.future");
        nothingStored();

        assertThat(service.record(survey("HB", TODAY, 12, Map.of()))).isEqualTo(5);
    }

    @Test
    void anOrganizationOutOfScopeIsUnknownAndEveryProblemIsToldAtOnce() {
        when(organizations.findByCode("AP")).thenReturn(Optional.of(new OrganizationRef(2, "AP", "Đảng bộ xã An Phú",
                OrganizationType.GRASSROOTS_COMMITTEE, null, null)));

        assertThat(Refusals.of(() -> service.record(survey("AP", TODAY.plusDays(1), 2, Map.of(ProspectCategory.WOMAN, 5,
                ProspectCategory.WORKER, 3))))).containsExactly("organizationCode: reference.notInScope",
                        "surveyedOn: validation.future", "byCategory: survey.category.aboveTotal",
                        "byCategory: survey.category.aboveTotal");
        nothingStored();
    }
}

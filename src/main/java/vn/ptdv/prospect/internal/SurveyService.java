package vn.ptdv.prospect.internal;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.prospect.RecordSurvey;
import vn.ptdv.shared.Problems;

/** Records a survey of how many eligible non-members an organization has, by category. */
@Service
class SurveyService {
    private final SurveyStore store;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    SurveyService(SurveyStore store, OrganizationDirectory organizations, AccessScope scope, AuditLog audit,
            Clock clock) {
        this.store = store;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Records the survey of an organization in the user's scope, surveyed no later than today,
     * no category counting more people than the total; returns its id.
     */
    @Transactional
    long record(RecordSurvey survey) {
        Problems problems = new Problems("survey");
        String code = problems.required("organizationCode", survey.organizationCode());
        OrganizationRef organization = null;
        if (code != null) {
            organization = scope.organizationForChange(problems, "organizationCode", code).orElse(null);
        }
        if (survey.surveyedOn().isAfter(scope.today())) {
            problems.refuse("surveyedOn", "validation.future", VietnameseDates.format(survey.surveyedOn()));
        }
        int total = survey.eligibleTotal();
        survey.byCategory().forEach((category, count) -> {
            if (count > total) {
                problems.refuse("byCategory", "survey.category.aboveTotal", Problems.term(category.messageKey()), count,
                        total);
            }
        });
        problems.throwIfAny();

        long id = store.insert(organization.id(), survey.surveyedOn(), survey.surveyedBy(), total, survey.byCategory(),
                survey.note(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), scope.user().username());
        audit.record("POOL_SURVEYED", "survey", String.valueOf(id), organization.id(), "eligibleTotal=" + total);
        return id;
    }
}

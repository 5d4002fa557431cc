package vn.ptdv.prospect.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

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

    record SurveyInput(String organizationCode, String surveyedOn, String surveyedBy, String eligibleTotal,
            Map<String, String> byCategory, String note) {
    }

    @Transactional
    long record(SurveyInput input, DateInput dateInput) {
        Problems problems = new Problems("survey");
        OrganizationRef organization = null;
        String code = problems.required("organizationCode", input.organizationCode());
        if (code != null) {
            organization = organizations.findByCode(code).filter(o -> scope.canSee(o.id())).orElse(null);
            if (organization == null) {
                problems.refuse("organizationCode", "org.parent.unknown", code);
            } else {
                scope.requireWritable(organization);
            }
        }
        LocalDate on = problems.pastDate("surveyedOn", input.surveyedOn(), true, dateInput, scope.today());
        String by = SearchText.normalizeName(problems.required("surveyedBy", input.surveyedBy()));
        problems.maxLength("surveyedBy", by, 255);
        Integer total = count(problems, "eligibleTotal", input.eligibleTotal(), true);
        Map<ProspectCategory, Integer> byCategory = new EnumMap<>(ProspectCategory.class);
        if (input.byCategory() != null) {
            input.byCategory().forEach((key, value) -> {
                ProspectCategory category = problems.oneOf("byCategory", key, ProspectCategory.class, true);
                Integer count = count(problems, "byCategory", value, false);
                if (category != null && count != null) {
                    if (total != null && count > total) {
                        problems.refuse("byCategory", "survey.category.aboveTotal",
                                Problems.term(category.messageKey()), count, total);
                    }
                    byCategory.put(category, count);
                }
            });
        }
        String note = problems.maxLength("note", Problems.optional(input.note()), 2000);
        problems.throwIfAny();
        long id = store.insert(organization.id(), on, by, total, byCategory, note,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), scope.user().username());
        audit.record("POOL_SURVEYED", "survey", String.valueOf(id), organization.id(), "eligibleTotal=" + total);
        return id;
    }

    private static Integer count(Problems problems, String field, String value, boolean required) {
        String text = required ? problems.required(field, value) : Problems.optional(value);
        if (text == null) {
            return null;
        }
        try {
            int count = Integer.parseInt(text.replace(".", ""));
            if (count < 0) {
                problems.malformed(field, "validation.notNegative");
                return null;
            }
            return count;
        } catch (NumberFormatException e) {
            problems.malformed(field, "validation.wholeNumber", text);
            return null;
        }
    }
}

package vn.ptdv.prospect.internal;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.shared.DateInput;

/** What the module's public API needs of its use cases. */
@Component
public class PoolFacade {
    private final ProspectService prospects;
    private final SurveyService surveys;

    PoolFacade(ProspectService prospects, SurveyService surveys) {
        this.prospects = prospects;
        this.surveys = surveys;
    }

    public void survey(String organizationCode, LocalDate on, String by, int total,
            Map<ProspectCategory, Integer> byCategory) {
        Map<String, String> counts = new LinkedHashMap<>();
        byCategory.forEach((category, count) -> counts.put(category.name(), String.valueOf(count)));
        surveys.record(new SurveyService.SurveyInput(organizationCode, on.toString(), by, String.valueOf(total), counts,
                null), DateInput.API);
    }

    public long list(PersonDetails person, String organizationCode, LocalDate since, ProspectChannel channel,
            List<ProspectCategory> categories, Long mentorMemberId, Long introducedByMemberId) {
        return prospects.create(new ProspectService.ProspectInput(null, person, organizationCode, since.toString(),
                channel.name(), categories.stream().map(Enum::name).toList(), mentorMemberId, introducedByMemberId),
                DateInput.API).id();
    }

    public void changeStatus(long prospectId, ProspectStatus status, LocalDate date, String reason) {
        prospects.change(prospectId, new ProspectService.ProspectChange(null, null, null, null, status.name(),
                date.toString(), reason, null, null), DateInput.API);
    }

    public void applied(long personId, LocalDate date) {
        prospects.applied(personId, date);
    }

    public long personOf(long prospectId) {
        return prospects.requireVisible(prospectId).personId();
    }
}

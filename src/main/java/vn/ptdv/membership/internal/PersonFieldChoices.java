package vn.ptdv.membership.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.PoliticalTheoryLevel;
import vn.ptdv.membership.ProfessionalLevel;

/**
 * The choices of the person fields the statistics count by, for the fragment
 * {@code membership/person-fields} wherever it is shown (member, person and prospect forms), so
 * that no page controller has to add them to its model.
 */
@Component("personFieldChoices")
class PersonFieldChoices {

    public OccupationCategory[] occupationCategories() {
        return OccupationCategory.values();
    }

    public ProfessionalLevel[] professionalLevels() {
        return ProfessionalLevel.values();
    }

    public PoliticalTheoryLevel[] politicalTheoryLevels() {
        return PoliticalTheoryLevel.values();
    }

    public List<String> yesNo() {
        return List.of("true", "false");
    }
}

package vn.ptdv.prospect;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * A survey of how many eligible non-members an organization has, in total and by category (kept
 * in the categories' order).
 */
public record RecordSurvey(String organizationCode, LocalDate surveyedOn, String surveyedBy, int eligibleTotal,
        Map<ProspectCategory, Integer> byCategory, String note) {

    public RecordSurvey {
        Map<ProspectCategory, Integer> counts = new EnumMap<>(ProspectCategory.class);
        if (byCategory != null) {
            counts.putAll(byCategory);
        }
        byCategory = Collections.unmodifiableMap(counts);
    }
}

package vn.ptdv.admission.internal;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.OffsetDateTime;

/**
 * A warning stored with a step as it was shown when the step was recorded: the rule, the
 * Vietnamese message, the document and article it comes from ({@code source}, as shown then;
 * records of the first version name it by a message key, {@code sourceKey}), and the user's
 * answer to a warning about facts ptdv checked against its own records.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RecordedWarning(String ruleId, String message, String sourceKey, String source, String answer,
        String answeredBy, OffsetDateTime answeredAt) {

    public static RecordedWarning of(String ruleId, String message, String source) {
        return new RecordedWarning(ruleId, message, null, source, null, null, null);
    }

    public RecordedWarning answered(String text, String by, OffsetDateTime at) {
        return new RecordedWarning(ruleId, message, sourceKey, source, text, by, at);
    }
}

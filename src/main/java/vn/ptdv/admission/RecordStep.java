package vn.ptdv.admission;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A step to record in a dossier: which step, the day it really happened (it may lie in the
 * past), what it records — of the kind the procedure's table gives the step — and a note.
 */
public record RecordStep(StepCode step, LocalDate date, StepData data, String note) {

    public RecordStep {
        Objects.requireNonNull(step, "step");
        Objects.requireNonNull(date, "date");
        data = data == null ? StepData.NONE : data;
    }

    /** A step with its date and nothing else (an application, a personal history form). */
    public static RecordStep of(StepCode step, LocalDate date) {
        return new RecordStep(step, date, StepData.NONE, null);
    }

    public static RecordStep of(StepCode step, LocalDate date, StepData data) {
        return new RecordStep(step, date, data, null);
    }
}

package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;

/** A step as recorded in a dossier's history; a corrected one names the record that replaced it. */
public record StepRecord(long id, StepCode step, LocalDate date, StepData data, String note,
        List<RecordedWarning> warnings, Long supersededBy, String correctionReason, OffsetDateTime recordedAt,
        String recordedBy) {

    public boolean current() {
        return supersededBy == null;
    }
}

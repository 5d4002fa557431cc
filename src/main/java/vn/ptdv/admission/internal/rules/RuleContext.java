package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.admission.internal.Dossier;

/** A step about to be recorded: the dossier as it stands, the step with its date and data, the facts. */
public record RuleContext(Dossier dossier, StepCode step, LocalDate date, StepData data, Facts facts) {
}

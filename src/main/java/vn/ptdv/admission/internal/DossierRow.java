package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;

/** A dossier as stored, with what was derived from its steps when they last changed. */
record DossierRow(long id, long personId, String fullName, LocalDate birthDate, long cellId, String cellCode,
        String cellName, Long memberId, LocalDate openedOn, DossierState state, StepCode nextStep, LocalDate dueDate,
        LocalDate decisionDate, LocalDate ceremonyDate, LocalDate probationEnd, LocalDate papersExpireOn,
        LocalDate certificateExpiresOn, LocalDate attentionOn, int version, OffsetDateTime updatedAt,
        String updatedBy) {
}

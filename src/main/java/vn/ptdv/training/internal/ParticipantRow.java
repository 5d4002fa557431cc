package vn.ptdv.training.internal;

import java.time.LocalDate;

/** A participant of a class, with the person's identity and where they live. */
record ParticipantRow(long id, long classId, long personId, String fullName, LocalDate birthDate, String nationalId,
        String residenceName, boolean completed, String certificateNumber, LocalDate certificateDate, int version) {

    public String maskedNationalId() {
        if (nationalId == null || nationalId.length() < 6) {
            return nationalId;
        }
        return nationalId.substring(0, 4) + "*".repeat(nationalId.length() - 6)
                + nationalId.substring(nationalId.length() - 2);
    }
}

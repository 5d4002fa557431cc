package vn.ptdv.ceremony.internal;

import java.time.LocalDate;

/** A ceremony as stored, with its host's code and name and its anniversary's name. */
record CeremonyRow(long id, long organizationId, String organizationCode, String organizationName, LocalDate date,
        String place, Long anniversaryId, String anniversaryName, String name, Status status, int version,
        int persons) {

    enum Status {
        PLANNED,
        HELD,
        CANCELLED;

        public String messageKey() {
            return "ceremonyStatus." + name();
        }
    }

    /** Whether a person attends a held ceremony; PLANNED until it is held. */
    enum Attendance {
        PLANNED,
        PRESENT,
        ABSENT;

        public String messageKey() {
            return "ceremonyAttendance." + name();
        }
    }

    /** Its own name, else its anniversary's; null when it has neither (pages show a generic title). */
    public String title() {
        return name != null ? name : anniversaryName;
    }

    /** An admitted person of the ceremony by their dossier, with their attendance once it is held. */
    record Entry(long ceremonyId, long dossierId, Attendance attendance, String absenceReason) {
    }
}

package vn.ptdv.training.internal;

import java.time.LocalDate;

/** An awareness class with its organizer and how many attended and completed. */
record ClassRow(long id, long organizerId, String organizerCode, String organizerName, String name,
        LocalDate startDate, LocalDate endDate, String place, int version, int participants, int completed) {
}

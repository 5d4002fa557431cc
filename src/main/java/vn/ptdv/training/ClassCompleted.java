package vn.ptdv.training;

import java.time.LocalDate;

/** A person completed an awareness class and received a certificate on the date. */
public record ClassCompleted(long personId, long classId, LocalDate certificateDate) {
}

package vn.ptdv.planning;

import java.time.LocalDate;

/** A member assigned to supervise a cell or attend its meetings, from a day to a day (open when {@code to} is null). */
public record AssignCadre(long memberId, String cellCode, AssignmentRole role, LocalDate from, LocalDate to,
        Long directiveId) {
}

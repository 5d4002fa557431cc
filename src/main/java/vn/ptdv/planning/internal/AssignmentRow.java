package vn.ptdv.planning.internal;

import java.time.LocalDate;
import vn.ptdv.planning.AssignmentRole;

/** An assignment of a cadre to a cell, with the names of both. */
record AssignmentRow(long id, long memberId, String memberName, long cellId, String cellCode, String cellName,
        AssignmentRole role, LocalDate from, LocalDate to) {

    public boolean activeOn(LocalDate date) {
        return !date.isBefore(from) && (to == null || !date.isAfter(to));
    }

    AssignmentRow withMemberName(String name) {
        return new AssignmentRow(id, memberId, name, cellId, cellCode, cellName, role, from, to);
    }
}

package vn.ptdv.training.internal;

import java.util.List;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.shared.Problems;
import vn.ptdv.training.ParticipantResult;

/**
 * People to enroll in a class at once, all or none: by the national identity numbers pasted
 * from a spreadsheet (each line with an optional certificate), and people of the pool ticked in
 * a list.
 */
record EnrollPeople(long classId, List<NationalIdLine> lines, List<Long> personIds) {

    EnrollPeople {
        lines = List.copyOf(lines);
        personIds = List.copyOf(personIds);
    }

    /** One pasted line: its number (from 1), the CCCD, and the certificate on it if any. */
    record NationalIdLine(int number, String nationalId, ParticipantResult result) {
    }

    /** Reports the problems of one line under "lines", each as "Line n: …", malformed or refused as it was. */
    static void reportLine(Problems into, int lineNumber, Problems line) {
        for (FieldProblem p : line.list()) {
            Object reason = Problems.message(p.messageKey(), p.argsArray());
            if (p.malformed()) {
                into.malformed("lines", "participant.line.problem", lineNumber, reason);
            } else {
                into.refuse("lines", "participant.line.problem", lineNumber, reason);
            }
        }
    }
}

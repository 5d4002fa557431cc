package vn.ptdv.training.internal;

import java.util.List;
import vn.ptdv.training.ParticipantResult;

/** The results typed in a class's table, one line per participant, saved all or none. */
record RecordResults(long classId, List<Line> lines) {

    RecordResults {
        lines = List.copyOf(lines);
    }

    /** A participant's result, and the version of the participant as the user read it, if known. */
    record Line(long participantId, ParticipantResult result, Integer version) {
    }
}

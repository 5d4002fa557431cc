package vn.ptdv.admission;

import java.time.LocalDate;
import java.util.List;

/** Admission dossiers for other modules (the demo dataset, the dashboard): open one, record its steps with every check. */
public interface Admissions {

    /** Opens the person's dossier in the cell as the signed-in user; returns its id. */
    long open(long personId, String cellCode);

    /** Records a step as the signed-in user, judged by the rules in force on its date. */
    void record(long dossierId, RecordStep step);

    /** A dossier whose admission was decided and whose ceremony is to come, with its deadline. */
    record AwaitingCeremony(long dossierId, String fullName, String cellName, LocalDate decisionDate,
            LocalDate dueDate) {
    }

    /** How many open dossiers under the organization (its subtree today) have an overdue next step. */
    long overdue(long organizationId);

    /** Ceremonies to come under the organization: admissions decided, the earliest due first. */
    List<AwaitingCeremony> awaitingCeremony(long organizationId, int limit);
}

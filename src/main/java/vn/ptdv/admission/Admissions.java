package vn.ptdv.admission;

import java.time.LocalDate;
import java.util.Collection;
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

    /**
     * A dossier as a collective ceremony sees it: the person, the cell, where it stands, the
     * decision's and the ceremony's dates, and — while it waits for its ceremony — the last day
     * the ceremony may be held ({@code ceremonyDue}) by the deadline rule of the procedure's
     * table ({@code ruleId}), citing the documents in force when the decision was made
     * ({@code source}, as a user reads it).
     */
    record CeremonyDossier(long dossierId, long personId, String fullName, long cellId, String cellCode,
            String cellName, DossierState state, LocalDate decisionDate, LocalDate ceremonyDate, LocalDate ceremonyDue,
            String ruleId, String source) {

        /** Decided, and its ceremony is still to come. */
        public boolean awaitingCeremony() {
            return state == DossierState.ADMITTED;
        }
    }

    /** The dossiers with these ids that the signed-in user may see; the others are left out, as if they did not exist. */
    List<CeremonyDossier> ceremonyDossiers(Collection<Long> dossierIds);

    /** The dossiers under the organization (its subtree today) decided and waiting for their ceremony, the earliest due first. */
    List<CeremonyDossier> awaitingCeremony(long organizationId);

    /**
     * What the dossier's forms are filled from, if the signed-in user may see the dossier; one
     * outside the scope answers as a missing one ("dossier.notFound").
     */
    DossierPapers papers(long dossierId);
}

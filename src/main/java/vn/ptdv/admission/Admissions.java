package vn.ptdv.admission;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.admission.internal.AdmissionFacade;

/** Admission dossiers for other modules (the demo dataset): open one, record its steps with every check. */
@Service
public class Admissions {
    private final AdmissionFacade admission;

    Admissions(AdmissionFacade admission) {
        this.admission = admission;
    }

    /** Opens the person's dossier in the cell as the signed-in user; returns its id. */
    @Transactional
    public long open(long personId, String cellCode) {
        return admission.open(personId, cellCode);
    }

    /** Records a step (dates in ISO format) as the signed-in user, judged by the rules in force on its date. */
    @Transactional
    public void record(long dossierId, StepInput step) {
        admission.record(dossierId, step);
    }

    /** A dossier whose admission was decided and whose ceremony is to come, with its deadline. */
    public record AwaitingCeremony(long dossierId, String fullName, String cellName, LocalDate decisionDate,
            LocalDate dueDate) {
    }

    /** How many open dossiers under the organization (its subtree today) have an overdue next step. */
    @Transactional(readOnly = true)
    public long overdue(long organizationId) {
        return admission.overdue(organizationId);
    }

    /** Ceremonies to come under the organization: admissions decided, the earliest due first. */
    @Transactional(readOnly = true)
    public List<AwaitingCeremony> awaitingCeremony(long organizationId, int limit) {
        return admission.awaitingCeremony(organizationId, limit);
    }
}

package vn.ptdv.admission.internal;

import java.util.List;
import org.springframework.stereotype.Component;
import vn.ptdv.admission.Admissions;
import vn.ptdv.admission.StepInput;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.Structure;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.DateInput;

/** What the module's public API needs of its use cases. */
@Component
public class AdmissionFacade {
    private final DossierService dossiers;
    private final DossierStore store;
    private final AccessScope scope;

    AdmissionFacade(DossierService dossiers, DossierStore store, AccessScope scope) {
        this.dossiers = dossiers;
        this.store = store;
        this.scope = scope;
    }

    public long open(long personId, String cellCode) {
        return dossiers.open(personId, cellCode).id();
    }

    public void record(long dossierId, StepInput step) {
        dossiers.record(dossierId, step, DateInput.API);
    }

    public long overdue(long organizationId) {
        return store.overdueCount(subtree(organizationId), scope.today());
    }

    public List<Admissions.AwaitingCeremony> awaitingCeremony(long organizationId, int limit) {
        return store.awaitingCeremony(subtree(organizationId), limit).stream()
                .map(d -> new Admissions.AwaitingCeremony(d.id(), d.fullName(), d.cellName(), d.decisionDate(),
                        d.dueDate()))
                .toList();
    }

    private SubtreeSql subtree(long organizationId) {
        return SubtreeSql.of(List.of(organizationId), Structure.CURRENT, scope.today());
    }
}

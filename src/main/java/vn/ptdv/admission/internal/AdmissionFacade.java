package vn.ptdv.admission.internal;

import org.springframework.stereotype.Component;
import vn.ptdv.admission.StepInput;
import vn.ptdv.shared.DateInput;

/** What the module's public API needs of its use cases. */
@Component
public class AdmissionFacade {
    private final DossierService dossiers;

    AdmissionFacade(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    public long open(long personId, String cellCode) {
        return dossiers.open(personId, cellCode).id();
    }

    public void record(long dossierId, StepInput step) {
        dossiers.record(dossierId, step, DateInput.API);
    }
}

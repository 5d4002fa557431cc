package vn.ptdv.admission.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ptdv.training.ClassCompleted;

/** A new certificate of the awareness class moves the watch dates of the person's dossier, in the same transaction. */
@Component
class CertificateFollower {
    private final DossierService dossiers;

    CertificateFollower(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @EventListener
    void on(ClassCompleted event) {
        dossiers.certificateIssued(event.personId());
    }
}

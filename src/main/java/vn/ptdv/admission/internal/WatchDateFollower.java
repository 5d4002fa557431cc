package vn.ptdv.admission.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ptdv.calendar.OfficialDaysChanged;
import vn.ptdv.training.ClassCompleted;

/**
 * Keeps the stored due and watch dates of dossiers true when what they were computed from
 * changes elsewhere: a new certificate of the applicant, a year's schedule of days off. In the
 * same transaction as the change.
 */
@Component
class WatchDateFollower {
    private final DossierService dossiers;

    WatchDateFollower(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    @EventListener
    void on(ClassCompleted event) {
        dossiers.certificateIssued(event.personId());
    }

    @EventListener
    void on(OfficialDaysChanged event) {
        dossiers.scheduleChanged(event.year());
    }
}

package vn.ptdv.prospect.internal;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ptdv.training.ClassCompleted;

/** A prospect who completes the awareness class moves on in the pool, in the same transaction. */
@Component
class TrainingFollower {
    private final ProspectService prospects;

    TrainingFollower(ProspectService prospects) {
        this.prospects = prospects;
    }

    @EventListener
    void on(ClassCompleted event) {
        prospects.classCompleted(event.personId(), event.certificateDate());
    }
}

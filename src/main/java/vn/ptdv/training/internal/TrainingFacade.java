package vn.ptdv.training.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ptdv.shared.DateInput;

/** What the module's public API needs of its use cases. */
@Component
public class TrainingFacade {
    private final ClassService classes;

    TrainingFacade(ClassService classes) {
        this.classes = classes;
    }

    public long open(String name, String organizerCode, LocalDate start, LocalDate end, String place) {
        return classes.create(new ClassService.ClassInput(name, organizerCode, start.toString(), end.toString(), place,
                null), DateInput.API).id();
    }

    public void enroll(long classId, long personId, boolean completed, String number, LocalDate date) {
        classes.addParticipant(classId, new ClassService.ParticipantInput(personId, null, completed, number,
                date == null ? null : date.toString()), DateInput.API);
    }
}

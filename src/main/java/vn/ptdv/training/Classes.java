package vn.ptdv.training;

import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.training.internal.TrainingFacade;

/** Opening classes and enrolling people from other modules (the demo dataset), with the pages' rules. */
@Service
public class Classes {
    private final TrainingFacade training;

    Classes(TrainingFacade training) {
        this.training = training;
    }

    @Transactional
    public long open(String name, String organizerCode, LocalDate start, LocalDate end, String place) {
        return training.open(name, organizerCode, start, end, place);
    }

    /** Enrolls the person with a result: a certificate when {@code certificateNumber} is given. */
    @Transactional
    public void enroll(long classId, long personId, boolean completed, String certificateNumber,
            LocalDate certificateDate) {
        training.enroll(classId, personId, completed, certificateNumber, certificateDate);
    }
}

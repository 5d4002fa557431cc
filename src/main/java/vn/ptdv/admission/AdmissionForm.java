package vn.ptdv.admission;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * The forms of Hướng dẫn 12-HD/BTCTW that a dossier's steps issue: the cell's and the grassroots
 * committee's resolutions proposing the admission (6- and 8-KNĐ), the admission decision (9-KNĐ),
 * the cell's and the committee's resolutions proposing recognition (13- and 15-KNĐ) and the
 * recognition decision (16-KNĐ). {@code code} is the ASCII code of URLs, {@code label} the form's
 * name as printed.
 */
public enum AdmissionForm {
    KND_6("6-KND", "6-KNĐ", StepCode.CELL_RESOLUTION),
    KND_8("8-KND", "8-KNĐ", StepCode.COMMITTEE_RESOLUTION),
    KND_9("9-KND", "9-KNĐ", StepCode.ADMISSION_DECISION),
    KND_13("13-KND", "13-KNĐ", StepCode.RECOGNITION_CELL_RESOLUTION),
    KND_15("15-KND", "15-KNĐ", StepCode.RECOGNITION_COMMITTEE_RESOLUTION),
    KND_16("16-KND", "16-KNĐ", StepCode.RECOGNITION_DECISION);

    private final String code;
    private final String label;
    private final StepCode step;

    AdmissionForm(String code, String label, StepCode step) {
        this.code = code;
        this.label = label;
        this.step = step;
    }

    public String code() {
        return code;
    }

    public String label() {
        return label;
    }

    /** The step whose record the form is. */
    public StepCode step() {
        return step;
    }

    public String messageKey() {
        return "admissionForm." + code;
    }

    /**
     * The forms a dossier offers: those of the steps its procedure goes through, recorded ones
     * always, the others (as drafts) only while the dossier is open — a refused, removed or
     * stopped dossier gets no draft of a step it will not take.
     */
    public static List<AdmissionForm> offered(List<StepCode> sequence, Predicate<StepCode> recorded, boolean open) {
        return Stream.of(values()).filter(f -> sequence.contains(f.step()))
                .filter(f -> open || recorded.test(f.step())).toList();
    }

    public static Optional<AdmissionForm> byCode(String code) {
        String asked = code == null ? "" : code.strip();
        return Stream.of(values()).filter(f -> f.code.equalsIgnoreCase(asked)).findFirst();
    }
}

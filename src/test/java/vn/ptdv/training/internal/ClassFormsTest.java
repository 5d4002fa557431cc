package vn.ptdv.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.support.Refusals;
import vn.ptdv.training.OpenClass;
import vn.ptdv.training.ParticipantResult;
import vn.ptdv.training.internal.ClassForms.ClassForm;
import vn.ptdv.training.internal.ClassForms.EnrollForm;
import vn.ptdv.training.internal.ClassForms.ParticipantForm;
import vn.ptdv.training.internal.ClassForms.ResultRow;
import vn.ptdv.training.internal.ClassForms.ResultsForm;

/** What the class pages and the API read from what was typed, and every malformed value told at once. */
class ClassFormsTest {

    @Test
    void aClassIsReadFromThePage() {
        OpenClass opened = new ClassForm(" Lớp  khóa III ", "AP", "10/11/2026", "14/11/2026", " ").parse(DateInput.PAGE);

        assertThat(opened).isEqualTo(new OpenClass("Lớp khóa III", "AP", LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 14), null));
    }

    @Test
    void everyMalformedValueOfAClassIsToldAtOnce() {
        assertThat(Refusals.malformed(() -> new ClassForm(" ", null, "10-11-2026", "14/11/2026", null)
                .parse(DateInput.PAGE))).containsExactly("name: validation.required",
                        "startDate: date.format.display", "organizerCode: validation.required");
    }

    @Test
    void aCertificateNeedsBothItsNumberAndItsDate() {
        assertThat(Refusals.malformed(() -> new ParticipantForm(7L, null, true, "GCN-01", null)
                .parse(3, DateInput.API))).containsExactly("certificateDate: participant.certificate.dateRequired");
        assertThat(Refusals.malformed(() -> new ParticipantForm(7L, null, true, " ", "2026-03-09")
                .parse(3, DateInput.API))).containsExactly("certificateNumber: participant.certificate.numberRequired");
        assertThat(new ParticipantForm(7L, null, null, null, null).parse(3, DateInput.API).result())
                .isEqualTo(ParticipantResult.none());
    }

    @Test
    void aCertificateNumberHasAtMostFortyCharacters() {
        assertThat(Refusals.malformed(() -> new ParticipantForm(7L, null, true, "G".repeat(41), "2026-03-09")
                .parse(3, DateInput.API))).containsExactly("certificateNumber: validation.tooLong");
        assertThat(new ParticipantForm(7L, null, true, "G".repeat(40), "2026-03-09").parse(3, DateInput.API)
                .result().certificateNumber()).hasSize(40);
    }

    @Test
    void theResultTableTellsEachRowsProblemUnderItsRow() {
        ResultsForm table = new ResultsForm(List.of(
                new ResultRow(41L, "Lê Thị Hoa", true, "AP-01", "16/11/2026", 1),
                new ResultRow(42L, "Trần Văn Bình", true, "AP-02", "31/11/2026", 1)));

        assertThat(Refusals.malformed(() -> table.parse(3, DateInput.PAGE)))
                .containsExactly("participants[1].certificateDate: date.day");
    }

    @Test
    void pastedLinesAreReadWithTheirCertificates() {
        EnrollPeople enrolment = new EnrollForm("""
                001 301 000 007\tAP-01\t09/03/2026

                001201000008 ; ;
                """, List.of(12L)).parse(3, DateInput.PAGE);

        assertThat(enrolment.lines()).containsExactly(
                new EnrollPeople.NationalIdLine(1, "001301000007",
                        ParticipantResult.certified("AP-01", LocalDate.of(2026, 3, 9))),
                new EnrollPeople.NationalIdLine(3, "001201000008", ParticipantResult.none()));
        assertThat(enrolment.personIds()).containsExactly(12L);
    }

    @Test
    void aPastedLineWithAMalformedDateIsToldWithItsNumber() {
        List<FieldProblem> problems = Refusals.problems(() -> new EnrollForm("001301000007;AP-01;31/02/2026\n"
                + "001201000008,AP-02", null).parse(3, DateInput.PAGE));

        assertThat(problems).allMatch(FieldProblem::malformed);
        assertThat(Refusals.fields(problems)).containsExactly("lines: participant.line.problem",
                "lines: participant.line.problem");
        assertThat(problems).extracting(p -> p.args().get(0)).containsExactly(1, 2);
    }
}

package vn.ptdv.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.shared.InvalidInputException;

/** The audit search as typed: every value optional, every malformed one refused under its field. */
class AuditFilterTest {

    @Test
    void anEmptyFilterSearchesEverything() {
        assertThat(AuditFilter.none().parse(DateInput.PAGE)).isEqualTo(AuditQuery.everything());
        assertThat(new AuditFilter(" ", "", null, "", "  ", null).parse(DateInput.PAGE))
                .isEqualTo(AuditQuery.everything());
    }

    @Test
    void theValuesAreReadTrimmedWithTheAccountInLowerCaseAndTheDaysOfThePage() {
        AuditQuery query = new AuditFilter("42", " BiThu.KP1 ", "BM-P-HOABINH", "LOGIN_FAILED", "01/11/2026",
                "16/11/2026").parse(DateInput.PAGE);
        assertThat(query).isEqualTo(new AuditQuery(42L, "bithu.kp1", "BM-P-HOABINH", "LOGIN_FAILED",
                LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 16)));
        assertThat(new AuditFilter(null, null, null, null, "2026-11-01", "2026-11-01").parse(DateInput.API).to())
                .isEqualTo(LocalDate.of(2026, 11, 1));
    }

    @Test
    void aPeriodOfOneDayIsAllowedAndAReversedOneIsRefused() {
        assertThat(new AuditFilter(null, null, null, null, "16/11/2026", "16/11/2026").parse(DateInput.PAGE).from())
                .isEqualTo(LocalDate.of(2026, 11, 16));
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> new AuditFilter(null, null, null, null, "16/11/2026", "15/11/2026").parse(DateInput.PAGE));
        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("to");
        assertThat(refused.problems().get(0).labelKey()).isEqualTo("audit.field.to");
    }

    @Test
    void everyMalformedValueIsRefusedAtOnceUnderItsField() {
        InvalidInputException refused = catchThrowableOfType(InvalidInputException.class,
                () -> new AuditFilter("abc", null, null, "login failed", "31/02/2026", "16/11/2026")
                        .parse(DateInput.PAGE));
        assertThat(refused.malformed()).isTrue();
        assertThat(refused.problems()).extracting(FieldProblem::field).containsExactly("person", "kind", "from");
        assertThat(refused.problems()).extracting(FieldProblem::messageKey)
                .contains("audit.kind.unknown", "date.day");
    }
}

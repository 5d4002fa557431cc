package vn.ptdv.planning;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A term of office from its first day to its last, both included, and the parts of its years. */
class TermTest {
    private final Term term = new Term("2025-2030", "Nhiệm kỳ 2025-2030", LocalDate.of(2025, 10, 1),
            LocalDate.of(2030, 9, 30));

    @Test
    void aTermContainsItsFirstAndLastDayButNotTheDaysAround() {
        assertThat(term.contains(LocalDate.of(2025, 9, 30))).isFalse();
        assertThat(term.contains(LocalDate.of(2025, 10, 1))).isTrue();
        assertThat(term.contains(LocalDate.of(2030, 9, 30))).isTrue();
        assertThat(term.contains(LocalDate.of(2030, 10, 1))).isFalse();
    }

    @Test
    void theYearsOfATermAreEveryCalendarYearItTouches() {
        assertThat(term.years()).containsExactly(2025, 2026, 2027, 2028, 2029, 2030);
    }

    @Test
    void theFirstAndLastYearAreCutToTheTerm() {
        assertThat(term.startOf(2025)).isEqualTo(LocalDate.of(2025, 10, 1));
        assertThat(term.endOf(2025)).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(term.startOf(2026)).isEqualTo(LocalDate.of(2026, 1, 1));
        assertThat(term.endOf(2030)).isEqualTo(LocalDate.of(2030, 9, 30));
    }
}

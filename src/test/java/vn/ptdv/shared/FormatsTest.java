package vn.ptdv.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private final Formats formats = new Formats();

    @Test
    void whatTheInstallationDidItselfIsShownAsHeThongAndAnAccountByItsName() {
        assertThat(formats.actor("system")).isEqualTo("Hệ thống");
        assertThat(formats.actor("hoabinh")).isEqualTo("hoabinh");
        assertThat(formats.actor("systems")).isEqualTo("systems");
    }

    @Test
    void groupsThousandsWithDots() {
        assertThat(formats.number(1234)).isEqualTo("1.234");
        assertThat(formats.number(5_900_000L)).isEqualTo("5.900.000");
        assertThat(formats.number(7)).isEqualTo("7");
    }

    @Test
    void showsTwoDecimalsWithACommaRoundedHalfUp() {
        assertThat(formats.decimal(new BigDecimal("66.665"))).isEqualTo("66,67");
        assertThat(formats.decimal(7.0 / 9 * 100)).isEqualTo("77,78");
        assertThat(formats.decimal(100)).isEqualTo("100,00");
        assertThat(formats.decimal(1234.5)).isEqualTo("1.234,50");
    }

    @Test
    void showsDatesAndTimesInVietnam() {
        assertThat(formats.date(LocalDate.of(2025, 7, 1))).isEqualTo("01/07/2025");
        assertThat(formats.dateTime(OffsetDateTime.of(2025, 6, 30, 20, 5, 0, 0, ZoneOffset.UTC)))
                .isEqualTo("01/07/2025 03:05");
    }
}

package vn.ptdv.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.time.api.Dates;

/** The date parsers, for any date and any text: a round trip, or the validation error and nothing else. */
class VietnameseDatesPropertyTest {
    @Provide
    Arbitrary<LocalDate> datesInRange() {
        return Dates.dates().between(LocalDate.of(VietnameseDates.MIN_YEAR, 1, 1), LocalDate.of(VietnameseDates.MAX_YEAR, 12, 31));
    }

    @Property
    void everyDateReadsBackFromItsDisplayAndItsIsoForm(@ForAll("datesInRange") LocalDate date) {
        assertThat(VietnameseDates.parse(VietnameseDates.format(date))).isEqualTo(date);
        assertThat(VietnameseDates.parse(date.toString())).isEqualTo(date);
        assertThat(VietnameseDates.parseIso(date.toString())).isEqualTo(date);
        assertThat(VietnameseDates.parse(date.getDayOfMonth() + "/" + date.getMonthValue() + "/" + date.getYear()))
                .isEqualTo(date);
    }

    @Property
    void surroundingSpacesDoNotMatter(@ForAll("datesInRange") LocalDate date, @ForAll @IntRange(max = 3) int before,
            @ForAll @IntRange(max = 3) int after) {
        assertThat(VietnameseDates.parse(" ".repeat(before) + VietnameseDates.format(date) + "\t".repeat(after)))
                .isEqualTo(date);
    }

    @Property
    void anyTextIsADateOrTheValidationErrorNeverAnotherException(@ForAll String text) {
        readOrRefuse(text);
    }

    @Property
    void textShapedLikeADateIsADateOrTheValidationError(@ForAll @IntRange(max = 99) int day,
            @ForAll @IntRange(max = 99) int month, @ForAll @IntRange(max = 9999) int year) {
        String display = day + "/" + month + "/" + String.format("%04d", year);
        LocalDate date = readOrRefuse(display);
        if (date != null) {
            assertThat(date.getDayOfMonth()).isEqualTo(day);
            assertThat(date.getMonthValue()).isEqualTo(month);
            assertThat(date.getYear()).isEqualTo(year).isBetween(VietnameseDates.MIN_YEAR, VietnameseDates.MAX_YEAR);
        }
        readOrRefuse(String.format("%04d-%02d-%02d", year, month, day));
    }

    @Property
    void aYearOutsideTheRangeIsRefusedWithTheRange(@ForAll @IntRange(min = 0, max = 9999) int year) {
        String text = "01/01/" + String.format("%04d", year);
        if (year < VietnameseDates.MIN_YEAR || year > VietnameseDates.MAX_YEAR) {
            assertThatThrownBy(() -> VietnameseDates.parse(text)).isInstanceOfSatisfying(InvalidDateException.class,
                    e -> assertThat(e.messageKey()).isEqualTo("date.year"));
        } else {
            assertThat(VietnameseDates.parse(text)).isEqualTo(LocalDate.of(year, 1, 1));
        }
    }

    private static LocalDate readOrRefuse(String text) {
        try {
            LocalDate date = VietnameseDates.parse(text);
            assertThat(VietnameseDates.parse(VietnameseDates.format(date))).isEqualTo(date);
            return date;
        } catch (InvalidDateException expected) {
            assertThat(expected.messageKey()).startsWith("date.");
            return null;
        }
    }
}

package vn.ptdv.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The public holidays of a year by the Labour Code in force then, one year of each legal period:
 * no Giỗ Tổ before 2007, four Tết days before the code of 2012 came into force (01/05/2013),
 * 2/9 alone before the code of 2019 (01/01/2021); a weekend holiday is taken on the next
 * working day under every code.
 */
class PublicHolidaysTest {

    private static Set<LocalDate> daysOff(int year) {
        return PublicHolidays.byRule(year).keySet();
    }

    private static LocalDate day(int year, int month, int day) {
        return LocalDate.of(year, month, day);
    }

    @Test
    void in2005TheLabourCodeOf1994GaveFourTetDaysNoHungKingsDayAndOneNationalDay() {
        // Tết Ất Dậu: Wednesday 09/02/2005; the eve and the first three days.
        assertThat(daysOff(2005)).containsExactly(day(2005, 1, 3), day(2005, 2, 8), day(2005, 2, 9),
                day(2005, 2, 10), day(2005, 2, 11), day(2005, 5, 2), day(2005, 5, 3), day(2005, 9, 2));
        // 01/01/2005 was a Saturday (taken on Monday 03/01); 30/4 and 1/5 a weekend (taken on 2/5 and 3/5).
        assertThat(daysOff(2005)).doesNotContain(day(2005, 2, 14), day(2005, 4, 18), day(2005, 9, 1),
                day(2005, 9, 5));
        assertThat(PublicHolidays.LabourCode.on(day(2005, 2, 9))).isEqualTo(PublicHolidays.LabourCode.CODE_1994);
    }

    @Test
    void from2007TheHungKingsDayIsOff() {
        // 2006: Giỗ Tổ fell on Friday 07/04/2006 and was a working day; 2007: Thursday 26/04/2007, off.
        assertThat(LunarCalendar.toSolar(2006, 3, 10, false)).isEqualTo(day(2006, 4, 7));
        assertThat(daysOff(2006)).doesNotContain(day(2006, 4, 7));
        assertThat(LunarCalendar.toSolar(2007, 3, 10, false)).isEqualTo(day(2007, 4, 26));
        assertThat(daysOff(2007)).contains(day(2007, 4, 26));
    }

    @Test
    void in2010TetHadFourDaysItsWeekendOnesTakenAfterAndGioToWasOff() {
        // Tết Canh Dần: Sunday 14/02/2010. Eve (Sat 13) and day 1 (Sun 14) carried over to Wed 17 and Thu 18.
        assertThat(daysOff(2010)).contains(day(2010, 2, 15), day(2010, 2, 16), day(2010, 2, 17), day(2010, 2, 18),
                day(2010, 4, 23), day(2010, 9, 2));
        assertThat(daysOff(2010)).doesNotContain(day(2010, 2, 19), day(2010, 9, 3), day(2010, 9, 1));
        assertThat(daysOff(2010)).hasSize(9);
    }

    @Test
    void tetTwentyThirteenCameBeforeTheCodeOf2012AndKeptFourDays() {
        // Tết Quý Tỵ: Sunday 10/02/2013, before 01/05/2013: eve and days 1-3, the weekend ones on Wed and Thu.
        assertThat(daysOff(2013)).contains(day(2013, 2, 11), day(2013, 2, 12), day(2013, 2, 13), day(2013, 2, 14));
        assertThat(daysOff(2013)).doesNotContain(day(2013, 2, 15));
        assertThat(PublicHolidays.LabourCode.on(day(2013, 4, 30))).isEqualTo(PublicHolidays.LabourCode.CODE_1994_AMENDED_2007);
        assertThat(PublicHolidays.LabourCode.on(day(2013, 5, 1))).isEqualTo(PublicHolidays.LabourCode.CODE_2012);
    }

    @Test
    void in2016TheCodeOf2012GaveFiveTetDaysAndStillOneNationalDay() {
        // Tết Bính Thân: Monday 08/02/2016; the eve (Sunday 07) is taken on Friday 12.
        assertThat(daysOff(2016)).contains(day(2016, 2, 8), day(2016, 2, 9), day(2016, 2, 10), day(2016, 2, 11),
                day(2016, 2, 12));
        // Giỗ Tổ on Saturday 16/04 is taken on Monday 18/04; 30/4 and 1/5 on a weekend are taken on 2/5 and 3/5.
        assertThat(daysOff(2016)).contains(day(2016, 4, 18), day(2016, 5, 2), day(2016, 5, 3), day(2016, 9, 2));
        assertThat(daysOff(2016)).doesNotContain(day(2016, 9, 1), day(2016, 9, 5));
        assertThat(daysOff(2016)).hasSize(10);
    }

    @Test
    void from2021TheCodeOf2019AddsTheDayNextToNationalDay() {
        // 2/9/2020 (Wednesday) alone; 2/9/2021 (Thursday) with Friday 3/9; 2/9/2022 (Friday) with Thursday 1/9.
        assertThat(daysOff(2020)).contains(day(2020, 9, 2)).doesNotContain(day(2020, 9, 1), day(2020, 9, 3));
        assertThat(daysOff(2021)).contains(day(2021, 9, 2), day(2021, 9, 3));
        assertThat(daysOff(2022)).contains(day(2022, 9, 1), day(2022, 9, 2));
        // Tết Nhâm Dần: Tuesday 01/02/2022, the eve and four days; Giỗ Tổ on Sunday 10/04 taken on Monday 11/04.
        assertThat(daysOff(2022)).contains(day(2022, 1, 31), day(2022, 2, 1), day(2022, 2, 2), day(2022, 2, 3),
                day(2022, 2, 4), day(2022, 4, 11));
        assertThat(daysOff(2022)).hasSize(11);
    }

    @Test
    void eachDayOffNamesTheCodeThatSetsIt() {
        assertThat(PublicHolidays.of(2016)).allMatch(h -> h.law() == PublicHolidays.LabourCode.CODE_2012);
        assertThat(PublicHolidays.of(2022)).allMatch(h -> h.law() == PublicHolidays.LabourCode.CODE_2019);
        assertThat(PublicHolidays.LabourCode.CODE_2019.sourceKey()).isEqualTo("holiday.law.CODE_2019");
    }
}

package vn.ptdv.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Public holidays of a year by the Labour Code in force on each holiday, as a default where no
 * official schedule for the year has been entered:
 * <ul>
 * <li>1/1; Tết Nguyên Đán; 30/4; 1/5; 2/9 under every code;</li>
 * <li>Tết: four days (the last day of the lunar year and the first three of the new one) under
 * the Labour Code of 1994, five (the last day and the first four) from the Labour Code of 2012,
 * in force 01/05/2013 — so Tết 2013, in February, still had four;</li>
 * <li>Giỗ Tổ Hùng Vương (10th day of the 3rd lunar month) from 2007, when the amended Labour
 * Code of 1994 added it;</li>
 * <li>2/9 alone until 2020; with the day before or after it that joins it to the weekend from
 * the Labour Code of 2019, in force 01/01/2021.</li>
 * </ul>
 * A holiday falling on a weekend is taken on the next working day (every code). Each year the
 * Government sets the exact days (Tết in particular) and the make-up working days: those are
 * entered as the official schedule.
 */
public final class PublicHolidays {
    private PublicHolidays() {
    }

    /** The Labour Codes that set the public holidays, each from the day it came into force. */
    public enum LabourCode {
        /** Labour Code of 1994, article 73: Tết four days, no Giỗ Tổ, 2/9 one day. */
        CODE_1994(LocalDate.of(1995, 1, 1), 4, false, false),
        /** The same code as amended in 2007 (Luật số 84/2007/QH11): Giỗ Tổ Hùng Vương added. */
        CODE_1994_AMENDED_2007(LocalDate.of(2007, 1, 1), 4, true, false),
        /** Labour Code of 2012, article 115, in force 01/05/2013: Tết five days. */
        CODE_2012(LocalDate.of(2013, 5, 1), 5, true, false),
        /** Labour Code of 2019, article 112, in force 01/01/2021: 2/9 and the day next to it. */
        CODE_2019(LocalDate.of(2021, 1, 1), 5, true, true);

        private final LocalDate inForceFrom;
        private final int tetDays;
        private final boolean hungKings;
        private final boolean twoNationalDays;

        LabourCode(LocalDate inForceFrom, int tetDays, boolean hungKings, boolean twoNationalDays) {
            this.inForceFrom = inForceFrom;
            this.tetDays = tetDays;
            this.hungKings = hungKings;
            this.twoNationalDays = twoNationalDays;
        }

        public LocalDate inForceFrom() {
            return inForceFrom;
        }

        public int tetDays() {
            return tetDays;
        }

        /** The message key naming the code and its article, as the source of a day off. */
        public String sourceKey() {
            return "holiday.law." + name();
        }

        /** The code in force on the date (the 1994 code for any earlier date). */
        public static LabourCode on(LocalDate date) {
            LabourCode inForce = CODE_1994;
            for (LabourCode code : values()) {
                if (!date.isBefore(code.inForceFrom)) {
                    inForce = code;
                }
            }
            return inForce;
        }
    }

    /** A day off by the rule: its date (after a weekend was carried over), its name's message key, the code that sets it. */
    public record Holiday(LocalDate date, String nameKey, LabourCode law) {
    }

    /** The days off of the year by the rule, in date order. */
    public static List<Holiday> of(int year) {
        Map<LocalDate, Holiday> days = new TreeMap<>();
        add(days, LocalDate.of(year, 1, 1), "holiday.newYear");
        LocalDate tet = LunarCalendar.newYear(year);
        LabourCode tetLaw = LabourCode.on(tet);
        for (LocalDate d = tet.minusDays(1); d.isBefore(tet.plusDays(tetLaw.tetDays() - 1L)); d = d.plusDays(1)) {
            days.put(d, new Holiday(d, "holiday.tet", tetLaw));
        }
        LocalDate hungKings = LunarCalendar.toSolar(year, 3, 10, false);
        if (LabourCode.on(hungKings).hungKings) {
            add(days, hungKings, "holiday.hungKings");
        }
        add(days, LocalDate.of(year, 4, 30), "holiday.reunification");
        add(days, LocalDate.of(year, 5, 1), "holiday.labour");
        LocalDate national = LocalDate.of(year, 9, 2);
        add(days, national, "holiday.national");
        if (LabourCode.on(national).twoNationalDays) {
            DayOfWeek weekday = national.getDayOfWeek();
            boolean after = weekday == DayOfWeek.MONDAY || weekday == DayOfWeek.THURSDAY;
            add(days, after ? national.plusDays(1) : national.minusDays(1), "holiday.national");
        }
        return compensated(days);
    }

    /** The days off of the year by the rule, with their names' message keys. */
    public static Map<LocalDate, String> byRule(int year) {
        Map<LocalDate, String> days = new TreeMap<>();
        of(year).forEach(h -> days.put(h.date(), h.nameKey()));
        return days;
    }

    private static void add(Map<LocalDate, Holiday> days, LocalDate date, String nameKey) {
        days.put(date, new Holiday(date, nameKey, LabourCode.on(date)));
    }

    /** Holidays on a Saturday or Sunday move to the next day that is neither a weekend nor a holiday. */
    private static List<Holiday> compensated(Map<LocalDate, Holiday> days) {
        Map<LocalDate, Holiday> result = new TreeMap<>();
        for (Holiday day : days.values()) {
            if (!weekend(day.date())) {
                result.put(day.date(), day);
            }
        }
        for (Holiday day : days.values()) {
            if (weekend(day.date())) {
                LocalDate next = day.date();
                while (weekend(next) || result.containsKey(next)) {
                    next = next.plusDays(1);
                }
                result.put(next, new Holiday(next, day.nameKey(), day.law()));
            }
        }
        return new ArrayList<>(result.values());
    }

    public static boolean weekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}

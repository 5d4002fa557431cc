package vn.ptdv.demo;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.support.MutableClock;

/**
 * The demo dataset moves every date it was written with by the days between the day it was written
 * for and the day it loads (the tests' fixed day): tests that read the demo read its dates through here.
 */
public final class DemoDays {
    private DemoDays() {
    }

    /** A date of the dataset as written, as the demo loaded on the tests' day holds it. */
    public static LocalDate on(int year, int month, int day) {
        return LocalDate.of(year, month, day)
                .plusDays(ChronoUnit.DAYS.between(DemoDataset.WRITTEN_FOR, MutableClock.today()));
    }

    /** The same date as pages show it, dd/MM/yyyy. */
    public static String shown(int year, int month, int day) {
        return VietnameseDates.format(on(year, month, day));
    }

    /** The year of a date of the dataset, as the demo names its classes and plans. */
    public static int year(int year, int month, int day) {
        return on(year, month, day).getYear();
    }
}

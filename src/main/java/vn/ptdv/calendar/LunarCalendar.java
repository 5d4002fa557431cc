package vn.ptdv.calendar;

import java.time.LocalDate;

/**
 * The Vietnamese lunisolar calendar, computed astronomically for the meridian of Vietnam
 * (UTC+7): a month starts on the day of the new moon, month 11 holds the winter solstice, and a
 * leap month is the first month of a 13-month year without a major solar term. Being computed
 * for UTC+7 rather than China's UTC+8, it differs from the Chinese calendar in some years (the
 * new year of 2007 fell on 17/02 in Vietnam, 18/02 in China; that of 1985 on 21/01 in Vietnam,
 * 20/02 in China).
 *
 * <p>The formulas are the mean lunation with the usual periodic corrections for the new moon,
 * and the sun's apparent longitude, both after J. Meeus, Astronomical Algorithms.
 */
public final class LunarCalendar {
    private static final double TIME_ZONE = 7.0;
    private static final double SYNODIC_MONTH = 29.530588853;
    /** Julian day number of the new moon of 1900-01-01 (the origin of the lunation count). */
    private static final double NEW_MOON_1900 = 2415021.076998695;

    private LunarCalendar() {
    }

    /** A lunar date. */
    public record LunarDate(int year, int month, int day, boolean leapMonth) {
    }

    static long julianDay(LocalDate date) {
        return date.toEpochDay() + 2440588L;
    }

    static LocalDate fromJulianDay(long jd) {
        return LocalDate.ofEpochDay(jd - 2440588L);
    }

    /** The day (Julian day number, local time) of the k-th new moon after that of 1900-01-01. */
    static long newMoonDay(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double dr = Math.PI / 180;
        double jd1 = 2415020.75933 + SYNODIC_MONTH * k + 0.0001178 * t2 - 0.000000155 * t3
                + 0.00033 * Math.sin((166.56 + 132.87 * t - 0.009173 * t2) * dr);
        double m = 359.2242 + 29.10535608 * k - 0.0000333 * t2 - 0.00000347 * t3;
        double mPrime = 306.0253 + 385.81691806 * k + 0.0107306 * t2 + 0.00001236 * t3;
        double f = 21.2964 + 390.67050646 * k - 0.0016528 * t2 - 0.00000239 * t3;
        double c1 = (0.1734 - 0.000393 * t) * Math.sin(m * dr) + 0.0021 * Math.sin(2 * dr * m)
                - 0.4068 * Math.sin(mPrime * dr) + 0.0161 * Math.sin(dr * 2 * mPrime)
                - 0.0004 * Math.sin(dr * 3 * mPrime) + 0.0104 * Math.sin(dr * 2 * f)
                - 0.0051 * Math.sin(dr * (m + mPrime)) - 0.0074 * Math.sin(dr * (m - mPrime))
                + 0.0004 * Math.sin(dr * (2 * f + m)) - 0.0004 * Math.sin(dr * (2 * f - m))
                - 0.0006 * Math.sin(dr * (2 * f + mPrime)) + 0.0010 * Math.sin(dr * (2 * f - mPrime))
                + 0.0005 * Math.sin(dr * (2 * mPrime + m));
        double deltaT = t < -11
                ? 0.001 + 0.000839 * t + 0.0002261 * t2 - 0.00000845 * t3 - 0.000000081 * t * t3
                : -0.000278 + 0.000265 * t + 0.000262 * t2;
        double jdNew = jd1 + c1 - deltaT;
        return (long) Math.floor(jdNew + 0.5 + TIME_ZONE / 24);
    }

    /** The sun's apparent longitude at local midnight of the day, as one of 12 sectors of 30°. */
    static int sunSector(long julianDay) {
        double t = (julianDay - 2451545.5 - TIME_ZONE / 24) / 36525;
        double t2 = t * t;
        double dr = Math.PI / 180;
        double m = 357.52910 + 35999.05030 * t - 0.0001559 * t2 - 0.00000048 * t * t2;
        double l0 = 280.46645 + 36000.76983 * t + 0.0003032 * t2;
        double dl = (1.914600 - 0.004817 * t - 0.000014 * t2) * Math.sin(dr * m)
                + (0.019993 - 0.000101 * t) * Math.sin(dr * 2 * m) + 0.000290 * Math.sin(dr * 3 * m);
        double longitude = (l0 + dl) * dr;
        longitude = longitude - Math.PI * 2 * Math.floor(longitude / (Math.PI * 2));
        return (int) Math.floor(longitude / Math.PI * 6);
    }

    /** The day on which the lunar month 11 (the one holding the winter solstice) of the solar year begins. */
    static long month11(int year) {
        long off = julianDay(LocalDate.of(year, 12, 31)) - 2415021;
        long k = (long) Math.floor(off / SYNODIC_MONTH);
        long newMoon = newMoonDay(k);
        if (sunSector(newMoon) >= 9) {
            newMoon = newMoonDay(k - 1);
        }
        return newMoon;
    }

    /** Which month after month 11 is the leap one, in a year of 13 lunations after a11. */
    static int leapMonthOffset(long a11) {
        long k = (long) Math.floor((a11 - NEW_MOON_1900) / SYNODIC_MONTH + 0.5);
        int last;
        int i = 1;
        int arc = sunSector(newMoonDay(k + i));
        do {
            last = arc;
            i++;
            arc = sunSector(newMoonDay(k + i));
        } while (arc != last && i < 14);
        return i - 1;
    }

    /** The lunar date of a solar date. */
    public static LunarDate toLunar(LocalDate date) {
        long dayNumber = julianDay(date);
        long k = (long) Math.floor((dayNumber - NEW_MOON_1900) / SYNODIC_MONTH);
        long monthStart = newMoonDay(k + 1);
        if (monthStart > dayNumber) {
            monthStart = newMoonDay(k);
        }
        long a11 = month11(date.getYear());
        long b11 = a11;
        int lunarYear;
        if (a11 >= monthStart) {
            lunarYear = date.getYear();
            a11 = month11(date.getYear() - 1);
        } else {
            lunarYear = date.getYear() + 1;
            b11 = month11(date.getYear() + 1);
        }
        int day = (int) (dayNumber - monthStart + 1);
        int diff = (int) Math.floor((monthStart - a11) / 29.0);
        boolean leap = false;
        int month = diff + 11;
        if (b11 - a11 > 365) {
            int leapDiff = leapMonthOffset(a11);
            if (diff >= leapDiff) {
                month = diff + 10;
                if (diff == leapDiff) {
                    leap = true;
                }
            }
        }
        if (month > 12) {
            month -= 12;
        }
        if (month >= 11 && diff < 4) {
            lunarYear -= 1;
        }
        return new LunarDate(lunarYear, month, day, leap);
    }

    /** The solar date of a lunar date (a leap month only where the year has one). */
    public static LocalDate toSolar(int lunarYear, int lunarMonth, int lunarDay, boolean leapMonth) {
        long a11;
        long b11;
        if (lunarMonth < 11) {
            a11 = month11(lunarYear - 1);
            b11 = month11(lunarYear);
        } else {
            a11 = month11(lunarYear);
            b11 = month11(lunarYear + 1);
        }
        long k = (long) Math.floor(0.5 + (a11 - NEW_MOON_1900) / SYNODIC_MONTH);
        int off = lunarMonth - 11;
        if (off < 0) {
            off += 12;
        }
        if (b11 - a11 > 365) {
            int leapOff = leapMonthOffset(a11);
            int leapMonthNumber = leapOff - 2;
            if (leapMonthNumber < 0) {
                leapMonthNumber += 12;
            }
            if (leapMonth && lunarMonth != leapMonthNumber) {
                throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month " + lunarMonth);
            }
            if (leapMonth || off >= leapOff) {
                off += 1;
            }
        } else if (leapMonth) {
            throw new IllegalArgumentException("lunar year " + lunarYear + " has no leap month");
        }
        long monthStart = newMoonDay(k + off);
        return fromJulianDay(monthStart + lunarDay - 1);
    }

    /** The first day of the lunar year that begins in the solar year (Tết Nguyên Đán). */
    public static LocalDate newYear(int year) {
        return toSolar(year, 1, 1, false);
    }
}

package vn.ptdv.calendar;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one date parser and formatter. Pages, spreadsheets and PDF show {@code dd/MM/yyyy}; the
 * JSON API speaks ISO {@code yyyy-MM-dd}. Parsing is strict: a day that does not exist
 * (31/02/2021, 29/02/2023) is an error quoting the input, never rolled into the next month.
 */
public final class VietnameseDates {
    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2999;

    private static final DateTimeFormatter DISPLAY =
            DateTimeFormatter.ofPattern("dd/MM/uuuu").withResolverStyle(ResolverStyle.STRICT);
    private static final Pattern DISPLAY_PATTERN = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");
    private static final Pattern ISO_PATTERN = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private VietnameseDates() {
    }

    /** {@code 03/02/1930}; empty text for no date. */
    public static String format(LocalDate date) {
        return date == null ? "" : DISPLAY.format(date);
    }

    /**
     * A date typed on a page: {@code dd/MM/yyyy} (one-digit day and month accepted), or ISO when
     * pasted from elsewhere.
     */
    public static LocalDate parse(String input) {
        String text = input == null ? "" : input.strip();
        Matcher display = DISPLAY_PATTERN.matcher(text);
        if (display.matches()) {
            return build(text, display.group(3), display.group(2), display.group(1));
        }
        Matcher iso = ISO_PATTERN.matcher(text);
        if (iso.matches()) {
            return build(text, iso.group(1), iso.group(2), iso.group(3));
        }
        throw new InvalidDateException("date.format.display", text);
    }

    /** A date of the JSON API: ISO {@code yyyy-MM-dd} only. */
    public static LocalDate parseIso(String input) {
        String text = input == null ? "" : input.strip();
        Matcher iso = ISO_PATTERN.matcher(text);
        if (!iso.matches()) {
            throw new InvalidDateException("date.format.iso", text);
        }
        return build(text, iso.group(1), iso.group(2), iso.group(3));
    }

    private static LocalDate build(String text, String yearText, String monthText, String dayText) {
        int year = Integer.parseInt(yearText);
        int month = Integer.parseInt(monthText);
        int day = Integer.parseInt(dayText);
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new InvalidDateException("date.year", text, MIN_YEAR, MAX_YEAR);
        }
        if (month < 1 || month > 12) {
            throw new InvalidDateException("date.month", text);
        }
        int length = YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            throw new InvalidDateException("date.day", text, month, year, length);
        }
        return LocalDate.of(year, month, day);
    }
}

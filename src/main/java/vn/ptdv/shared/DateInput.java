package vn.ptdv.shared;

import java.time.LocalDate;
import vn.ptdv.calendar.VietnameseDates;

/** Where a date was typed: on a page (dd/MM/yyyy) or in the JSON API (yyyy-MM-dd). */
public enum DateInput {
    PAGE,
    API;

    public LocalDate parse(String text) {
        return this == API ? VietnameseDates.parseIso(text) : VietnameseDates.parse(text);
    }
}

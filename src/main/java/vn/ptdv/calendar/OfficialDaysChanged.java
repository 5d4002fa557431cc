package vn.ptdv.calendar;

/** A year's official schedule changed: deadlines counted in working days of that year may move. */
public record OfficialDaysChanged(int year) {
}

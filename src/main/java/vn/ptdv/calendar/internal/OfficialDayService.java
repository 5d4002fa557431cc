package vn.ptdv.calendar.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.OfficialDays;
import vn.ptdv.calendar.PublicHolidays;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.calendar.internal.OfficialDayForms.DayKind;
import vn.ptdv.calendar.internal.OfficialDayForms.SetDay;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.Role;

/** Administrators keep each year's official days off and make-up working days. */
@Service
class OfficialDayService {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final OfficialDays days;
    private final AccessScope scope;
    private final AuditLog audit;

    OfficialDayService(OfficialDays days, AccessScope scope, AuditLog audit) {
        this.days = days;
        this.scope = scope;
        this.audit = audit;
    }

    /** A year's schedule; {@code followsRule} when none was entered and the days are the Labour Code's. */
    record YearSchedule(int year, boolean followsRule, List<OfficialDays.Day> days) {
    }

    void requireAdministrator() {
        if (scope.user().role() != Role.ADMIN) {
            throw new ForbiddenException("holiday.forbidden");
        }
    }

    /** The year asked for (this year when none), within the years a schedule is kept for. */
    int year(Integer year) {
        int y = year == null ? scope.today().getYear() : year;
        if (y < MIN_YEAR || y > MAX_YEAR) {
            new Problems("holiday").malformed("year", "holiday.year.range", MIN_YEAR, MAX_YEAR).throwIfAny();
        }
        return y;
    }

    /** The schedule of the year: as entered, or by the rule of the Labour Code in force when none was entered. */
    YearSchedule schedule(int year) {
        requireAdministrator();
        List<OfficialDays.Day> entered = days.ofYear(year);
        return entered.isEmpty() ? new YearSchedule(year, true, days.byRule(year))
                : new YearSchedule(year, false, entered);
    }

    @Transactional
    OfficialDays.Day put(SetDay input) {
        requireAdministrator();
        Problems problems = new Problems("holiday");
        LocalDate date = input.date();
        if (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR) {
            problems.refuse("date", "holiday.year.range", MIN_YEAR, MAX_YEAR);
        }
        boolean weekend = PublicHolidays.weekend(date);
        if (input.kind() == DayKind.WORKING_DAY && !weekend) {
            problems.refuse("kind", "holiday.working.notWeekend", VietnameseDates.format(date));
        }
        if (input.kind() == DayKind.DAY_OFF && weekend) {
            problems.refuse("kind", "holiday.off.weekend", VietnameseDates.format(date));
        }
        problems.throwIfAny();
        OfficialDays.Day day = new OfficialDays.Day(date, input.kind() == DayKind.DAY_OFF, input.name(),
                input.source());
        days.put(day);
        audit.record("OFFICIAL_DAY_SET", "official_day", date.toString(), null,
                "date=" + VietnameseDates.format(date) + "; name=" + input.name());
        return day;
    }

    @Transactional
    void remove(LocalDate date) {
        requireAdministrator();
        days.remove(date);
        audit.record("OFFICIAL_DAY_REMOVED", "official_day", date.toString(), null,
                "date=" + VietnameseDates.format(date));
    }
}

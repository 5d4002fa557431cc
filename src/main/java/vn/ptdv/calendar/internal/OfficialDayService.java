package vn.ptdv.calendar.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.OfficialDays;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.Role;

/** Administrators keep each year's official days off and make-up working days. */
@Service
class OfficialDayService {
    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2100;

    private final OfficialDays days;
    private final AuditLog audit;

    OfficialDayService(OfficialDays days, AuditLog audit) {
        this.days = days;
        this.audit = audit;
    }

    /** A day as typed: {@code kind} DAY_OFF or WORKING_DAY. */
    record DayInput(String date, String kind, String name, String source) {
    }

    void requireAdministrator() {
        if (CurrentUser.require().role() != Role.ADMIN) {
            throw new ForbiddenException("holiday.forbidden");
        }
    }

    @Transactional
    OfficialDays.Day put(DayInput input, DateInput dateInput) {
        requireAdministrator();
        Problems problems = new Problems("holiday");
        LocalDate date = problems.date("date", input.date(), true, dateInput);
        String kind = problems.required("kind", input.kind());
        if (kind != null && !kind.equals("DAY_OFF") && !kind.equals("WORKING_DAY")) {
            problems.malformed("kind", "validation.oneOf", kind, "DAY_OFF, WORKING_DAY");
        }
        String name = problems.maxLength("name", problems.required("name", input.name()), 255);
        String source = problems.maxLength("source", Problems.optional(input.source()), 255);
        if (date != null && (date.getYear() < MIN_YEAR || date.getYear() > MAX_YEAR)) {
            problems.refuse("date", "holiday.year.range", MIN_YEAR, MAX_YEAR);
        }
        boolean weekend = date != null
                && (date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY);
        if ("WORKING_DAY".equals(kind) && date != null && !weekend) {
            problems.refuse("kind", "holiday.working.notWeekend", VietnameseDates.format(date));
        }
        if ("DAY_OFF".equals(kind) && weekend) {
            problems.refuse("kind", "holiday.off.weekend", VietnameseDates.format(date));
        }
        problems.throwIfAny();
        OfficialDays.Day day = new OfficialDays.Day(date, kind.equals("DAY_OFF"), name, source);
        days.put(day);
        audit.record("OFFICIAL_DAY_SET", "official_day", date.toString(), null,
                "date=" + VietnameseDates.format(date) + "; name=" + name);
        return day;
    }

    @Transactional
    void remove(String dateText, DateInput dateInput) {
        requireAdministrator();
        Problems problems = new Problems("holiday");
        LocalDate date = problems.date("date", dateText, true, dateInput);
        problems.throwIfAny();
        days.remove(date);
        audit.record("OFFICIAL_DAY_REMOVED", "official_day", date.toString(), null,
                "date=" + VietnameseDates.format(date));
    }
}

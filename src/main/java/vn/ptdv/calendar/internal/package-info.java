/**
 * The pages and API of the calendar's data: each year's official schedule of days off and
 * make-up working days, kept by administrators. A module nested in the calendar, so that the
 * calendar's shared kernel (dates, holidays, working days) stays free of the web plumbing and
 * the audit log that these pages need (the shared kernel itself depends on the calendar).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar pages")
package vn.ptdv.calendar.internal;

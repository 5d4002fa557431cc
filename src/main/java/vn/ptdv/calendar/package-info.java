/**
 * Shared kernel of Vietnamese dates: strict parsing of dd/MM/yyyy and ISO dates, the display
 * format, and half-open date periods. Working days and holidays join it with the admission
 * deadlines.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Calendar")
package vn.ptdv.calendar;

/**
 * Bringing an organization's spreadsheets in, and taking every list and report out: imports of
 * .xlsx and .csv files that are checked whole with the same rules as the pages and stored all or
 * nothing, their templates and error workbooks, and the .xlsx export of a page's table. Each
 * module contributes the kinds it imports ({@link vn.ptdv.exchange.ImportKind}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Exchange (import, export)")
package vn.ptdv.exchange;

/** A page's table independent of its format, for exports (workbooks, PDF) that show what the page shows. */
@org.springframework.modulith.NamedInterface("table")
package vn.ptdv.shared.table;

/** A page's table independent of its format, for exports (workbooks, PDF) that show what the page shows. */
package vn.ptdv.shared.table;

/**
 * Official documents: the layout of a Party document (Hướng dẫn 36-HD/VPTW), Word templates with
 * named fields that administrators change (versioned by the date they apply from), the PDF of a
 * filled template with the bundled serif font, the statistical reports of Hướng dẫn 11-HD/BTCTW
 * and the register of probationary members (form 18-KNĐ of Hướng dẫn 12-HD/BTCTW). Reads the
 * other modules through their public API and published SQL views.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package vn.ptdv.documents;

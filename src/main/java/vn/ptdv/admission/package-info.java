/**
 * The admission dossier: every step from the application to full membership, checked against
 * the rules of the regulation in force on each step's date, with its deadlines in working days,
 * the admission decision, the ceremony that makes a probationary member, recognition as a full
 * member or removal.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Admission")
package vn.ptdv.admission;

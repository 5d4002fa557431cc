/**
 * The append-only audit log: who did what, when, to which record, in which organization.
 * Every module records its changes here; administrators and organization departments read
 * the entries of their scope.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit log")
package vn.ptdv.audit;

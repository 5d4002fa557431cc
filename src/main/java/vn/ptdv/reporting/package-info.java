/**
 * Read-only reports over the other modules' published views: progress against the targets,
 * rankings, cells that admit nobody, the duty of assigned cadres, and the dashboard.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Reporting")
package vn.ptdv.reporting;

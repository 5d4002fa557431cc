/**
 * Backups of the embedded database: an administrator takes a consistent copy of the running H2
 * database as a zip ("Sao lưu"). PostgreSQL is backed up with its own tools (see the README).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Backup")
package vn.ptdv.backup;

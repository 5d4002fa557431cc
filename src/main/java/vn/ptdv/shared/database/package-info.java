/**
 * Where the application's connections go: everything to the primary database, and, when a read
 * replica is configured ({@code PTDV_DB_REPLICA_URL}), the read-only transactions of requests that
 * follow no recent write to the replica; and how the reports' statements are planned.
 */
@org.springframework.modulith.NamedInterface("database")
package vn.ptdv.shared.database;

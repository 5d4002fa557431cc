/**
 * Shared kernel: the current user and role, the one error format (field problems), text
 * folding for accent-insensitive search, formats for pages, and the web plumbing every
 * module's pages and API rely on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared kernel")
package vn.ptdv.shared;

/**
 * Accounts, roles and the home organization of each account; login with lockout after
 * repeated failures; the first administrator. The scope check itself lives with the tree
 * ({@code AccessScope}), fed by the principal this module puts in the security context.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package vn.ptdv.identity;

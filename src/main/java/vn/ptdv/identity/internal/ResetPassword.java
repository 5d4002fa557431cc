package vn.ptdv.identity.internal;

/** A new password a manager sets for an account it manages. */
record ResetPassword(String username, String password) {
}

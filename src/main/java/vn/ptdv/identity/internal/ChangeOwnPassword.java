package vn.ptdv.identity.internal;

/** The signed-in user's new password, with the current one as proof. */
record ChangeOwnPassword(String currentPassword, String password) {
}

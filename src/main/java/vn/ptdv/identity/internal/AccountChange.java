package vn.ptdv.identity.internal;

/** A change of an account by a manager: a null field stays as it is. */
record AccountChange(String fullName, String role, String organizationCode, Boolean enabled, Integer version) {
}

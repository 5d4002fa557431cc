package vn.ptdv.membership.internal;

/** A movement to record on a member, as typed. */
record MovementInput(String type, String date, String toOrganizationCode, String toOutside, String note,
        Integer version) {
}

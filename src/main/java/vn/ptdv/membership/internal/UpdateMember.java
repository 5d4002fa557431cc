package vn.ptdv.membership.internal;

import java.time.LocalDate;

/** The day a member became official (null: still on probation) and their party card number, corrected. */
record UpdateMember(long memberId, LocalDate officialOn, String partyCardNumber, Integer version) {
}

package vn.ptdv.membership.internal;

import java.time.LocalDate;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.MemberStatus;

/** A member as a line of a list on a date: the national identity number is masked. */
record MemberListItem(long id, long personId, String fullName, Gender gender, LocalDate birthDate,
        String maskedNationalId, String organizationCode, String organizationName, LocalDate admittedOn,
        LocalDate officialOn, MemberStatus status, long organizationId) {
}

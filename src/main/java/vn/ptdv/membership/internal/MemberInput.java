package vn.ptdv.membership.internal;

import vn.ptdv.membership.PersonDetails;

/**
 * A member to register, as typed: an existing person ({@code personId}) or a new one
 * ({@code person}); {@code memberSince} is when they started to be counted in the organization
 * (the admission by default); {@code arrivedFrom} names the party organization outside this
 * installation they came from, if any.
 */
record MemberInput(Long personId, PersonDetails person, String organizationCode, String admittedOn, String memberSince,
        String admittingOrganizationCode, String officialOn, String partyCardNumber, String arrivedFrom) {
}

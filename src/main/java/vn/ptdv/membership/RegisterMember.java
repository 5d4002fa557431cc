package vn.ptdv.membership;

import java.time.LocalDate;

/**
 * A member to register: the person (existing or new), the cell they are counted in, the date of
 * their admission, and — for a member admitted before their records came into ptdv — since when
 * they are counted in that cell ({@code memberSince}, the admission by default), the organization
 * that admitted them, the date they became official, their party card, and the party
 * organization outside ptdv they came from ({@code arrivedFrom}).
 */
public record RegisterMember(PersonChoice person, String organizationCode, LocalDate admittedOn,
        LocalDate memberSince, String admittingOrganizationCode, LocalDate officialOn, String partyCardNumber,
        String arrivedFrom) {

    /** A new person admitted in the cell on the date, official from {@code officialOn} (or still on probation). */
    public static RegisterMember of(NewPerson person, String cellCode, LocalDate admittedOn, LocalDate officialOn) {
        return new RegisterMember(new PersonChoice.New(person), cellCode, admittedOn, null, null, officialOn, null,
                null);
    }
}

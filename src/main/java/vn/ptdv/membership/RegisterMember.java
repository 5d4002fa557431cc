package vn.ptdv.membership;

import java.time.LocalDate;

/**
 * A member to register: the person (existing or new), the cell they are counted in, the date in
 * the admission decision ({@code decidedOn}) and the date of the admission ceremony
 * ({@code admittedOn}) — at least one of the two — and, for a member admitted before their records
 * came into ptdv, since when they are counted in that cell ({@code memberSince}, the ceremony by
 * default), the organization that admitted them, the date they became official, their party
 * card, and the party organization outside ptdv they came from ({@code arrivedFrom}: then they
 * were admitted elsewhere, and the admission is not this installation's).
 */
public record RegisterMember(PersonChoice person, String organizationCode, LocalDate decidedOn, LocalDate admittedOn,
        LocalDate memberSince, String admittingOrganizationCode, LocalDate officialOn, String partyCardNumber,
        String arrivedFrom) {

    /** A new person admitted in the cell by a decision and a ceremony, official from {@code officialOn} (or on probation). */
    public static RegisterMember of(NewPerson person, String cellCode, LocalDate decidedOn, LocalDate admittedOn,
            LocalDate officialOn) {
        return new RegisterMember(new PersonChoice.New(person), cellCode, decidedOn, admittedOn, null, null,
                officialOn, null, null);
    }
}

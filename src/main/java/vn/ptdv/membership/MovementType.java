package vn.ptdv.membership;

import java.util.EnumSet;
import java.util.Set;

/** What happened to a membership on a date. */
public enum MovementType {
    /** Admitted (the ceremony): the membership starts. */
    ADMISSION,
    /** Recorded in this organization when the records were loaded, admitted earlier. */
    REGISTERED,
    /** Arrived from a party organization outside this installation. */
    TRANSFER_IN,
    /** Moved to another organization of this installation. */
    TRANSFER,
    /** Left for a party organization outside this installation. */
    TRANSFER_OUT,
    DEATH,
    /** Xóa tên. */
    REMOVAL,
    /** Khai trừ. */
    EXPULSION,
    /** Ra khỏi Đảng. */
    LEAVE,
    /** Followed its organization through a merge or split. */
    RESTRUCTURE;

    /** The movements a user records on an existing member; the others are recorded by the system. */
    public static final Set<MovementType> RECORDED_BY_USERS =
            EnumSet.of(TRANSFER, TRANSFER_OUT, DEATH, REMOVAL, EXPULSION, LEAVE);

    public boolean endsMembership() {
        return this == TRANSFER_OUT || this == DEATH || this == REMOVAL || this == EXPULSION || this == LEAVE;
    }

    public String messageKey() {
        return "movement." + name();
    }
}

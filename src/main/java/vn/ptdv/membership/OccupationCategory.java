package vn.ptdv.membership;

/**
 * The occupation groups by which the statistics of Party building (Hướng dẫn 11-HD/BTCTW)
 * count new members and members; the free-text occupation stays beside it.
 */
public enum OccupationCategory {
    WORKER,
    FARMER,
    CIVIL_SERVANT,
    PUBLIC_EMPLOYEE,
    ARMED_FORCES,
    ENTERPRISE_OWNER,
    ENTERPRISE_EMPLOYEE,
    STUDENT,
    RETIRED,
    OTHER;

    public String messageKey() {
        return "occupationCategory." + name();
    }
}

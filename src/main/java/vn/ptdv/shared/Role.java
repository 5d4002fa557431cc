package vn.ptdv.shared;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Roles of an account, from the widest power to the narrowest. Every role but {@link #ADMIN}
 * is bound to a home organization and sees only its subtree.
 */
public enum Role {
    ADMIN(5),
    ORG_DEPARTMENT(4),
    COMMITTEE(3),
    CELL_SECRETARY(2),
    VIEWER(1);

    private final int rank;

    Role(int rank) {
        this.rank = rank;
    }

    /** Whether this role may change data (organizations, people, dossiers…) in its scope. */
    public boolean canWrite() {
        return this != VIEWER;
    }

    /** Whether this role records what a party committee resolves or decides (a cell secretary does not). */
    public boolean canActForCommittee() {
        return rank >= COMMITTEE.rank;
    }

    /** Whether this role may edit the organization tree inside its scope. */
    public boolean canEditTree() {
        return this == ADMIN || this == ORG_DEPARTMENT || this == COMMITTEE;
    }

    /** Whether this role may manage accounts (of roles it may grant) inside its scope. */
    public boolean canManageUsers() {
        return this == ADMIN || this == ORG_DEPARTMENT || this == COMMITTEE;
    }

    /** Whether this role may read the audit log of its scope. */
    public boolean canReadAudit() {
        return this == ADMIN || this == ORG_DEPARTMENT;
    }

    /** A manager grants roles strictly narrower than its own; an administrator grants any. */
    public boolean mayGrant(Role other) {
        return this == ADMIN || (canManageUsers() && other.rank < rank);
    }

    public List<Role> grantable() {
        return Arrays.stream(values()).filter(this::mayGrant).toList();
    }

    public String messageKey() {
        return "role." + name();
    }

    public static Optional<Role> parse(String value) {
        return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
    }
}

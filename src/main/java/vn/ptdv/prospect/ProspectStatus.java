package vn.ptdv.prospect;

import java.util.EnumSet;
import java.util.Set;

/** Where a prospect stands: in the pool, trained, handed to an admission dossier, or gone. */
public enum ProspectStatus {
    IN_POOL,
    ATTENDED_CLASS,
    APPLIED,
    LEFT;

    /** The statuses a prospect may move on to from this one. */
    public Set<ProspectStatus> next() {
        return switch (this) {
            case IN_POOL -> EnumSet.of(ATTENDED_CLASS, APPLIED, LEFT);
            case ATTENDED_CLASS -> EnumSet.of(APPLIED, LEFT);
            case APPLIED -> EnumSet.of(LEFT);
            case LEFT -> EnumSet.noneOf(ProspectStatus.class);
        };
    }

    public String messageKey() {
        return "prospectStatus." + name();
    }
}

package vn.ptdv.ceremony;

import java.time.LocalDate;
import java.util.List;

/** Collective admission ceremonies for other modules (the dashboard). */
public interface Ceremonies {

    /**
     * A planned ceremony: its date, its own name and the name of the anniversary it is held on (each
     * may be null), the host organization, the place and how many admitted persons it gathers.
     */
    record Upcoming(long id, LocalDate date, String name, String anniversaryName, String hostName, String place,
            int persons) {
    }

    /** Planned ceremonies hosted under the organization (its subtree today) from today on, the earliest first. */
    List<Upcoming> upcoming(long organizationId, int limit);
}

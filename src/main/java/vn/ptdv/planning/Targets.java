package vn.ptdv.planning;

import java.util.List;
import java.util.Map;

/** Admission targets: set as the signed-in user, read by the reports. */
public interface Targets {

    /** Sets a target with every check of the pages; a mismatch in the allocation is stored, not refused. */
    void set(SetTarget target);

    /**
     * The admission target of each organization for the term ({@code year} null) or one of its
     * years, as today's structure sees it: its own target, or when it has none, the sum of the
     * targets of the organizations merged into it. Organizations without a target are absent.
     */
    Map<Long, Integer> of(List<Long> organizationIds, String termCode, Integer year);
}

package vn.ptdv.organization;

/**
 * Which tree a report on a past date follows: the structure of that date (history as it was),
 * or today's, where the history of merged and split organizations is rolled into their
 * successors (the default).
 */
public enum Structure {
    CURRENT,
    HISTORICAL;

    public String messageKey() {
        return "structure." + name();
    }
}

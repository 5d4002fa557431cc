package vn.ptdv.organization;

/** Kinds of dated change of the tree, each ordered by a directive. */
public enum RestructuringType {
    RENAME,
    MOVE,
    MERGE,
    SPLIT,
    DISSOLVE;

    public String messageKey() {
        return "restructuring.type." + name();
    }
}

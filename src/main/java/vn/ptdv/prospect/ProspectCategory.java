package vn.ptdv.prospect;

/** Priority categories of prospects; a prospect may be in several. */
public enum ProspectCategory {
    YOUNG_INTELLECTUAL,
    GOOD_PRODUCER,
    YOUTH_UNION_MEMBER,
    WOMAN,
    ETHNIC_MINORITY,
    RELIGIOUS_FOLLOWER,
    WORKER,
    STUDENT;

    public String messageKey() {
        return "category." + name();
    }
}

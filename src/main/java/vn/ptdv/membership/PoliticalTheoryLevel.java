package vn.ptdv.membership;

/** The level of political theory training (trình độ lý luận chính trị), as the statistics group it. */
public enum PoliticalTheoryLevel {
    /** Chưa qua đào tạo. */
    NONE,
    ELEMENTARY,
    INTERMEDIATE,
    ADVANCED,
    BACHELOR;

    public String messageKey() {
        return "politicalTheory." + name();
    }
}

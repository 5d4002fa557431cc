package vn.ptdv.membership;

/** Religions recognized in Vietnam, grouped as the membership reports show them. */
public enum Religion {
    NONE,
    BUDDHISM,
    CATHOLICISM,
    PROTESTANTISM,
    CAO_DAI,
    HOA_HAO,
    ISLAM,
    BAHAI,
    BRAHMANISM,
    OTHER;

    public String messageKey() {
        return "religion." + name();
    }
}

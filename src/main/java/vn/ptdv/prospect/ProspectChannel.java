package vn.ptdv.prospect;

/** Who introduced the prospect: a mass organization, the cell itself, or the person applying. */
public enum ProspectChannel {
    YOUTH_UNION,
    WOMEN_UNION,
    FARMERS_ASSOCIATION,
    VETERANS_ASSOCIATION,
    TRADE_UNION,
    FATHERLAND_FRONT,
    CELL,
    SELF_APPLICATION;

    public String messageKey() {
        return "channel." + name();
    }
}

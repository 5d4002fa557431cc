package vn.ptdv.organization;

import java.util.EnumSet;
import java.util.Set;

/** Levels of party organization (see the glossary), with the parent-child rules of the tree. */
public enum OrganizationType {
    CENTRAL,
    PROVINCIAL,
    DIRECT_SUBORDINATE,
    GRASSROOTS_COMMITTEE,
    PARTIAL_COMMITTEE,
    GRASSROOTS_CELL,
    CELL;

    /** Only the whole Party or a province may head an installation's tree. */
    public boolean mayBeRoot() {
        return this == CENTRAL || this == PROVINCIAL;
    }

    public boolean isCell() {
        return this == GRASSROOTS_CELL || this == CELL;
    }

    /** Grassroots organizations (đảng bộ cơ sở, chi bộ cơ sở): where admissions are proposed. */
    public boolean isGrassroots() {
        return this == GRASSROOTS_COMMITTEE || this == GRASSROOTS_CELL;
    }

    public Set<OrganizationType> allowedChildren() {
        return switch (this) {
            case CENTRAL -> EnumSet.of(PROVINCIAL, DIRECT_SUBORDINATE);
            case PROVINCIAL -> EnumSet.of(DIRECT_SUBORDINATE, GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);
            case DIRECT_SUBORDINATE -> EnumSet.of(GRASSROOTS_COMMITTEE, GRASSROOTS_CELL);
            case GRASSROOTS_COMMITTEE -> EnumSet.of(PARTIAL_COMMITTEE, CELL);
            case PARTIAL_COMMITTEE -> EnumSet.of(CELL);
            case GRASSROOTS_CELL, CELL -> EnumSet.noneOf(OrganizationType.class);
        };
    }

    public boolean allowsChild(OrganizationType child) {
        return allowedChildren().contains(child);
    }

    public String messageKey() {
        return "orgType." + name();
    }
}

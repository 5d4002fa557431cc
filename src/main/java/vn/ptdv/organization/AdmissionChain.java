package vn.ptdv.organization;

import java.util.Optional;

/**
 * The bodies an admission proposed by a cell passes: the cell, its partial committee if it has
 * one, its grassroots organization (the cell itself for a grassroots cell), and the authority
 * that decides — the grassroots committee when it was delegated the power, else its direct
 * superior's standing committee.
 */
public record AdmissionChain(OrganizationRef cell, Optional<OrganizationRef> partialCommittee,
        OrganizationRef grassroots, OrganizationRef authority, boolean delegated) {

    /** The cell is itself the grassroots organization (chi bộ cơ sở): no committee resolution. */
    public boolean grassrootsCell() {
        return cell.id() == grassroots.id();
    }
}

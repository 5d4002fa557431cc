package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.ptdv.admission.StepCode;
import vn.ptdv.organization.AdmissionChain;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;

/**
 * Which organization is the body of the procedure's table that owns a step, on the tree as it
 * stood on a date: a cell that moves or a superior that is dissolved later does not change who
 * had the power then.
 */
final class Owners {
    private final OrganizationDirectory organizations;

    Owners(OrganizationDirectory organizations) {
        this.organizations = organizations;
    }

    /** The bodies an admission of the cell passed on the date, if the cell lay under a grassroots organization then. */
    Optional<AdmissionChain> chainOn(long cellId, LocalDate date) {
        return organizations.admissionChain(cellId, date);
    }

    /**
     * The provincial-level organization above the cell on the date (the one directly under the
     * Central Committee): the highest ancestor but the whole Party.
     */
    Optional<OrganizationRef> provincialLevelOn(long cellId, LocalDate date) {
        List<OrganizationRef> ancestors = organizations.ancestorsOn(cellId, date);
        OrganizationRef top = null;
        for (OrganizationRef ancestor : ancestors) {
            if (ancestor.type() != OrganizationType.CENTRAL) {
                top = ancestor;
            }
        }
        return Optional.ofNullable(top);
    }

    /** The organization that owns the step, from the chain of the date. */
    Optional<OrganizationRef> owner(AdmissionChain chain, DossierKind kind, StepCode step, LocalDate date) {
        return switch (Procedure.step(step).owner()) {
            case CELL -> Optional.of(chain.cell());
            case PARTIAL_COMMITTEE -> Optional.of(chain.partialCommittee().orElse(chain.grassroots()));
            case GRASSROOTS_COMMITTEE -> Optional.of(chain.grassroots());
            case AUTHORITY -> Optional.of(chain.authority());
            case ADMITTING_AUTHORITY -> kind.specialAuthority()
                    ? provincialLevelOn(chain.cell().id(), date).or(() -> Optional.of(chain.authority()))
                    : Optional.of(chain.authority());
        };
    }
}

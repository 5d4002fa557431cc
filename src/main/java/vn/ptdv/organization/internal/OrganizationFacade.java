package vn.ptdv.organization.internal;

import java.time.LocalDate;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.DateInput;

/** The use cases that the module's public API offers to other modules. */
@Component
public class OrganizationFacade {
    private final OrganizationService service;

    OrganizationFacade(OrganizationService service) {
        this.service = service;
    }

    /** Adds an organization with the same checks as the pages and the API. */
    public OrganizationRef create(String code, String name, OrganizationType type, CellKind cellKind,
            String parentCode, LocalDate establishedOn) {
        return service.create(new NewOrganization(code, name, type.name(), cellKind == null ? null : cellKind.name(),
                parentCode, establishedOn == null ? null : establishedOn.toString(), DateInput.API)).ref();
    }
}

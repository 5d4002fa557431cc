package vn.ptdv.organization.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.DateInput;

/** The use cases that the module's public API offers to other modules. */
@Component
public class OrganizationFacade {
    private final OrganizationService service;
    private final RestructuringService restructurings;

    OrganizationFacade(OrganizationService service, RestructuringService restructurings) {
        this.service = service;
        this.restructurings = restructurings;
    }

    /** Merges the sources into a new organization from the date, as the restructuring wizard does. */
    public long mergeIntoNew(List<String> sourceCodes, String code, String name, OrganizationType type,
            String parentCode, LocalDate date, String directive) {
        return restructurings.apply(new RestructuringRequest("MERGE", date.toString(), directive, null, null, null,
                sourceCodes, null, new RestructuringRequest.Target(code, name, type.name(), parentCode, null), null,
                null, null, DateInput.API));
    }

    /** Adds an organization with the same checks as the pages and the API. */
    public OrganizationRef create(String code, String name, OrganizationType type, CellKind cellKind,
            String parentCode, LocalDate establishedOn) {
        return service.create(new NewOrganization(code, name, type.name(), cellKind == null ? null : cellKind.name(),
                parentCode, establishedOn == null ? null : establishedOn.toString(), DateInput.API)).ref();
    }

    /** Sets whether a grassroots organization decides its own admissions, as its edit page does. */
    public void delegateAdmission(String code, boolean delegated) {
        service.change(code, new OrganizationChange(null, null, null, delegated, null, null, null, DateInput.API));
    }
}

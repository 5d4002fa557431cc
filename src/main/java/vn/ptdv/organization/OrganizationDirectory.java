package vn.ptdv.organization;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.organization.internal.OrganizationFacade;
import vn.ptdv.organization.internal.TreeLookup;
import vn.ptdv.shared.NotFoundException;

/** How other modules look organizations up. */
@Service
public class OrganizationDirectory {
    private final TreeLookup tree;
    private final OrganizationFacade useCases;
    private final AccessScope scope;

    OrganizationDirectory(TreeLookup tree, OrganizationFacade useCases, AccessScope scope) {
        this.tree = tree;
        this.useCases = useCases;
        this.scope = scope;
    }

    public Optional<OrganizationRef> findByCode(String code) {
        return code == null ? Optional.empty() : tree.findByCode(code);
    }

    public Optional<OrganizationRef> findById(long id) {
        return tree.findById(id);
    }

    /** The organization with this code if the signed-in user may see it; not found otherwise. */
    public OrganizationRef requireVisible(String code) {
        OrganizationRef organization = findByCode(code).orElseThrow(() -> new NotFoundException("org.notFound", code));
        scope.requireVisible(organization);
        return organization;
    }

    /**
     * The organization a page or an API call asks about: the one with this code if the user may
     * see it (not found otherwise), or the user's own when no code is given.
     */
    public OrganizationRef requireVisibleOrHome(String code) {
        String text = code == null ? null : code.strip();
        return text != null && !text.isEmpty() ? requireVisible(text)
                : scope.defaultOrganizationId().flatMap(this::findById).orElseThrow();
    }

    /** Adds an organization as the signed-in user, with every check of the pages and the API. */
    public OrganizationRef create(String code, String name, OrganizationType type, CellKind cellKind,
            String parentCode, LocalDate establishedOn) {
        return useCases.create(code, name, type, cellKind, parentCode, establishedOn);
    }

    /** Merges the sources into a new organization from the date (a restructuring, with its checks). */
    public long mergeIntoNew(List<String> sourceCodes, String code, String name, OrganizationType type,
            String parentCode, LocalDate date, String directive) {
        return useCases.mergeIntoNew(sourceCodes, code, name, type, parentCode, date, directive);
    }

    /** Records whether a grassroots organization was delegated the power to decide its admissions (with every check). */
    public void delegateAdmission(String code, boolean delegated) {
        useCases.delegateAdmission(code, delegated);
    }

    /** The grassroots organization (đảng bộ or chi bộ cơ sở) the organization belongs to on the date. */
    public Optional<OrganizationRef> grassrootsOf(long organizationId, LocalDate date) {
        return tree.grassrootsOf(organizationId, date);
    }

    /** The bodies an admission proposed by the cell passes on the date, up to the authority that decides. */
    public Optional<AdmissionChain> admissionChain(long cellId, LocalDate date) {
        return tree.admissionChain(cellId, date);
    }

    /** The organization's ancestors on the date, its parent first. */
    public List<OrganizationRef> ancestorsOn(long organizationId, LocalDate date) {
        return tree.ancestorsOn(organizationId, date);
    }

    /** The organization's children on the date (today's children for today). */
    public List<OrganizationRef> childrenOn(long organizationId, LocalDate date) {
        return tree.childrenOn(organizationId, date);
    }

    /** The organization's name on the date: names change with restructurings. */
    public String nameOn(long organizationId, LocalDate date) {
        return tree.nameOn(organizationId, date);
    }

    /** The periods in which the organization exists, earliest first (several if it was re-established). */
    public List<DatePeriod> existence(long organizationId) {
        return tree.existence(organizationId);
    }

    /** Whether {@code descendantId} lies in the subtree of {@code ancestorId} (or is it) on the date. */
    public boolean isWithin(long descendantId, long ancestorId, LocalDate date) {
        return tree.isWithin(descendantId, ancestorId, date);
    }
}

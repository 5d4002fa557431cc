package vn.ptdv.organization;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.ptdv.calendar.DatePeriod;

/** How other modules look organizations up, and add or restructure them with every check of the pages. */
public interface OrganizationDirectory {

    Optional<OrganizationRef> findByCode(String code);

    Optional<OrganizationRef> findById(long id);

    /** The organization with this code if the signed-in user may see it; not found otherwise. */
    OrganizationRef requireVisible(String code);

    /**
     * The organization a page or an API call asks about: the one with this code if the user may
     * see it (not found otherwise), or the user's own when no code is given.
     */
    OrganizationRef requireVisibleOrHome(String code);

    /**
     * What a person typed in an organization field — a code, or a name with or without diacritics —
     * looked up inside the signed-in user's scope today: the one with that code, else those with
     * exactly that name, else those with a word starting with it; at most {@code limit}, with their
     * paths. One means the field names it; several, that the person must choose; none, that nothing
     * in the scope has that name.
     */
    List<OrganizationChoice> match(String typed, int limit);

    /**
     * The path of each organization today — its name and its parent's short name, "Chi bộ Khu phố 4 —
     * P. Tân Thành" — for a whole list in one query; an organization with no parent has its name.
     */
    Map<Long, String> paths(Collection<Long> organizationIds);

    /** Adds an organization as the signed-in user, with every check of the pages and the API. */
    OrganizationRef create(NewOrganization organization);

    /** Merges the sources into a new organization from the date (a restructuring, with its checks); its id. */
    long mergeIntoNew(MergeIntoNew merge);

    /** Records whether a grassroots organization decides its own admissions (with every check). */
    void delegateAdmission(DelegateAdmission delegation);

    /** The grassroots organization (đảng bộ or chi bộ cơ sở) the organization belongs to on the date. */
    Optional<OrganizationRef> grassrootsOf(long organizationId, LocalDate date);

    /** The bodies an admission proposed by the cell passes on the date, up to the authority that decides. */
    Optional<AdmissionChain> admissionChain(long cellId, LocalDate date);

    /** The organization's ancestors on the date, its parent first. */
    List<OrganizationRef> ancestorsOn(long organizationId, LocalDate date);

    /** The organization's children on the date, higher levels first, in Vietnamese order. */
    List<OrganizationRef> childrenOn(long organizationId, LocalDate date);

    /** The organization's name on the date: names change with restructurings. */
    String nameOn(long organizationId, LocalDate date);

    /** The periods in which the organization exists, earliest first (several if it was re-established). */
    List<DatePeriod> existence(long organizationId);

    /** Whether {@code descendantId} lies in the subtree of {@code ancestorId} (or is it) on the date. */
    boolean isWithin(long descendantId, long ancestorId, LocalDate date);
}

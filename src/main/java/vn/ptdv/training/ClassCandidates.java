package vn.ptdv.training;

import java.util.List;
import vn.ptdv.organization.OrganizationRef;

/**
 * People a class organizer may enroll quickly (outstanding non-members of the pool who have no
 * valid certificate), offered by the module that keeps them.
 */
public interface ClassCandidates {

    List<Candidate> candidatesUnder(OrganizationRef organizer);

    record Candidate(long personId, String fullName, String organizationName) {
    }
}

package vn.ptdv.prospect;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.prospect.internal.PoolFacade;

/** The candidate pool for other modules: list a prospect, move them on. */
@Service
public class Pool {
    private final PoolFacade pool;

    Pool(PoolFacade pool) {
        this.pool = pool;
    }

    /** Lists a new person (details with ISO dates) in the organization's pool; returns the entry's id. */
    @Transactional
    public long list(PersonDetails person, String organizationCode, LocalDate since, ProspectChannel channel,
            List<ProspectCategory> categories, Long mentorMemberId) {
        return pool.list(person, organizationCode, since, channel, categories, mentorMemberId, null);
    }

    /** Lists a new person introduced by a cadre (a member), as {@link #list} does. */
    @Transactional
    public long list(PersonDetails person, String organizationCode, LocalDate since, ProspectChannel channel,
            List<ProspectCategory> categories, Long mentorMemberId, Long introducedByMemberId) {
        return pool.list(person, organizationCode, since, channel, categories, mentorMemberId, introducedByMemberId);
    }

    @Transactional
    public void changeStatus(long prospectId, ProspectStatus status, LocalDate date, String reason) {
        pool.changeStatus(prospectId, status, date, reason);
    }

    /** Records a survey of the organization's eligible non-members, by category. */
    @Transactional
    public void survey(String organizationCode, LocalDate on, String by, int eligibleTotal,
            Map<ProspectCategory, Integer> byCategory) {
        pool.survey(organizationCode, on, by, eligibleTotal, byCategory);
    }

    /** The person applied for admission on the date: their pool entry, if any, moves on to APPLIED. */
    @Transactional
    public void applied(long personId, LocalDate date) {
        pool.applied(personId, date);
    }

    /** The person behind a pool entry. */
    public long personOf(long prospectId) {
        return pool.personOf(prospectId);
    }
}

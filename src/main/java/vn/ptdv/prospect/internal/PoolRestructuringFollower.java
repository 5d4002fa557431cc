package vn.ptdv.prospect.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationsRestructured;
import vn.ptdv.organization.RestructuringParticipant;
import vn.ptdv.shared.Problems;

/** Active pool entries follow their organization when it ends; a dissolution must leave none behind. */
@Component
class PoolRestructuringFollower implements RestructuringParticipant {
    private final JdbcClient jdbc;

    PoolRestructuringFollower(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private long activeIn(long organizationId, LocalDate date) {
        return jdbc.sql("SELECT COUNT(*) FROM prospect r WHERE r.organization_id = :org AND " + ProspectStore.ACTIVE_ON)
                .param("org", organizationId).param("date", date).query(Long.class).single();
    }

    @Override
    public List<Impact> impactOn(OrganizationRef organization, LocalDate date) {
        return List.of(new Impact("restructuring.impact.prospects", activeIn(organization.id(), date)));
    }

    @Override
    public void check(LocalDate date, List<OrganizationRef> ending, boolean takenOver, Set<Long> allocated,
            Problems problems) {
        for (OrganizationRef organization : ending) {
            long active = activeIn(organization.id(), date);
            if (!takenOver && active > 0) {
                problems.refuse("organizationCode", "restructuring.dissolve.hasProspects", active);
            }
        }
    }

    @EventListener
    void follow(OrganizationsRestructured event) {
        event.takenOverBy().forEach((ended, successor) -> jdbc.sql("""
                UPDATE prospect SET organization_id = :successor
                WHERE organization_id = :ended AND left_on IS NULL AND applied_on IS NULL
                """).param("successor", successor).param("ended", ended).update());
    }
}

package vn.ptdv.reporting.internal;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.ptdv.organization.TreeChanged;
import vn.ptdv.shared.ReportedFactsChanged;

/**
 * Gathers what a transaction changed (facts of organizations, the tree around them) and brings
 * the tallies up to date once, just before it commits: after every other module has followed the
 * change (a restructuring moves members and the pool first), and in the same transaction, so that
 * the tallies are never seen apart from the facts they count.
 */
@Component
class TallyFollower {
    private static final Object KEY = new Object();
    private final ReportTallies tallies;

    TallyFollower(ReportTallies tallies) {
        this.tallies = tallies;
    }

    @EventListener
    void factsChanged(ReportedFactsChanged event) {
        follow(event.organizationIds(), event.personIds(), false);
    }

    @EventListener
    void treeChanged(TreeChanged event) {
        follow(event.organizationIds(), List.of(), true);
    }

    private static final class Changes {
        final Set<Long> facts = new TreeSet<>();
        final Set<Long> tree = new TreeSet<>();
        final Set<Long> people = new TreeSet<>();
    }

    /** Within a transaction, gathered until it commits; without one (each statement its own), at once. */
    private void follow(Collection<Long> organizationIds, Collection<Long> personIds, boolean tree) {
        boolean inTransaction = TransactionSynchronizationManager.isSynchronizationActive();
        Changes changes = inTransaction ? pending() : new Changes();
        (tree ? changes.tree : changes.facts).addAll(organizationIds);
        changes.people.addAll(personIds);
        if (!inTransaction) {
            apply(changes);
        }
    }

    private Changes pending() {
        Changes changes = (Changes) TransactionSynchronizationManager.getResource(KEY);
        if (changes == null) {
            Changes pending = new Changes();
            TransactionSynchronizationManager.bindResource(KEY, pending);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void beforeCommit(boolean readOnly) {
                    apply(pending);
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(KEY);
                }
            });
            changes = pending;
        }
        return changes;
    }

    private void apply(Changes changes) {
        Set<Long> organizations = new TreeSet<>(changes.facts);
        organizations.addAll(tallies.cellsOfDossiers(changes.people));
        if (!changes.tree.isEmpty()) {
            tallies.lockOutside();
            tallies.addNewTops();
            organizations.addAll(tallies.withSubtrees(changes.tree));
        }
        tallies.refresh(organizations);
    }
}

package vn.ptdv.organization;

import java.util.Collection;
import java.util.List;

/**
 * Published inside a transaction that changed the tree around these organizations: established,
 * moved, ended, or handed their history to a successor. What other modules derived from
 * the tree for them and for the organizations under them follows before the transaction commits.
 */
public record TreeChanged(Collection<Long> organizationIds) {
    public TreeChanged {
        organizationIds = List.copyOf(organizationIds);
    }
}

package vn.ptdv.organization.internal;

import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;

/** An organization as a line of the tree: with its parent and how many children it has. */
record TreeNode(long id, String code, String name, OrganizationType type, CellKind cellKind, String parentCode,
        int depth, int childCount) {

    public boolean hasChildren() {
        return childCount > 0;
    }
}

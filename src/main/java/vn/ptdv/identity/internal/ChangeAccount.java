package vn.ptdv.identity.internal;

import vn.ptdv.shared.Role;

/**
 * A change of an account by a manager: a null field stays as it is; an empty {@code
 * organizationCode} takes the home organization away (an administrator has none). {@code
 * version} is the account as the manager read it, if known.
 */
record ChangeAccount(String username, String fullName, Role role, String organizationCode, Boolean enabled,
        Integer version) {
}

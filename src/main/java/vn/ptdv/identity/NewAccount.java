package vn.ptdv.identity;

import vn.ptdv.shared.Role;

/**
 * An account to create: its username (lower case), its first password, the user's full name
 * (NFC), the role, and the code of the home organization (null for an administrator).
 */
public record NewAccount(String username, String password, String fullName, Role role, String organizationCode) {

    public static NewAccount of(String username, String password, String fullName, Role role, String organizationCode) {
        return new NewAccount(username, password, fullName, role, organizationCode);
    }
}

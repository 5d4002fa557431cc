package vn.ptdv.identity;

import vn.ptdv.shared.Role;

/** An account to create, as typed. {@code organizationCode} is empty for an administrator. */
public record NewAccount(String username, String password, String fullName, String role, String organizationCode) {
    public static NewAccount of(String username, String password, String fullName, Role role, String organizationCode) {
        return new NewAccount(username, password, fullName, role.name(), organizationCode);
    }
}

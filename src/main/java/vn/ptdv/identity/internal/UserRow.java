package vn.ptdv.identity.internal;

import java.time.OffsetDateTime;
import vn.ptdv.shared.Role;

/** An account as stored, with the code and name of its home organization. */
record UserRow(long id, String username, String passwordHash, String fullName, Role role, Long organizationId,
        String organizationCode, String organizationName, boolean enabled, int version,
        OffsetDateTime createdAt) {
}

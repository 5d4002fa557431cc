package vn.ptdv.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RoleTest {

    @Test
    void managersGrantOnlyRolesNarrowerThanTheirOwn() {
        assertThat(Role.ORG_DEPARTMENT.grantable()).containsExactly(Role.COMMITTEE, Role.CELL_SECRETARY, Role.VIEWER);
        assertThat(Role.COMMITTEE.grantable()).containsExactly(Role.CELL_SECRETARY, Role.VIEWER);
        assertThat(Role.CELL_SECRETARY.grantable()).isEmpty();
        assertThat(Role.VIEWER.grantable()).isEmpty();
        assertThat(Role.ADMIN.grantable()).containsExactly(Role.values());
    }

    @Test
    void aViewerChangesNothing() {
        assertThat(Role.VIEWER.canWrite()).isFalse();
        assertThat(Role.VIEWER.canEditTree()).isFalse();
        assertThat(Role.VIEWER.canManageUsers()).isFalse();
        assertThat(Role.CELL_SECRETARY.canWrite()).isTrue();
        assertThat(Role.CELL_SECRETARY.canEditTree()).isFalse();
    }
}

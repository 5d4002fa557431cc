package vn.ptdv.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OrganizationTypeTest {

    @Test
    void onlyTheCentralOrAProvincialOrganizationHeadsATree() {
        assertThat(Arrays.stream(OrganizationType.values()).filter(OrganizationType::mayBeRoot))
                .containsExactly(OrganizationType.CENTRAL, OrganizationType.PROVINCIAL);
    }

    @Test
    void cellsHaveNoChildren() {
        assertThat(OrganizationType.CELL.allowedChildren()).isEmpty();
        assertThat(OrganizationType.GRASSROOTS_CELL.allowedChildren()).isEmpty();
    }

    @Test
    void communesSitDirectlyUnderTheProvinceSinceTheDistrictLevelWasAbolished() {
        assertThat(OrganizationType.PROVINCIAL.allowsChild(OrganizationType.GRASSROOTS_COMMITTEE)).isTrue();
        assertThat(OrganizationType.PROVINCIAL.allowsChild(OrganizationType.CELL)).isFalse();
        assertThat(OrganizationType.GRASSROOTS_COMMITTEE.allowsChild(OrganizationType.CELL)).isTrue();
        assertThat(OrganizationType.PARTIAL_COMMITTEE.allowsChild(OrganizationType.CELL)).isTrue();
        assertThat(OrganizationType.CELL.allowsChild(OrganizationType.CELL)).isFalse();
    }
}

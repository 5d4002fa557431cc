package vn.ptdv.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.ptdv.shared.SearchText;

class OrganizationPathsTest {

    @Test
    void aCellIsShownWithItsParentsShortName() {
        assertThat(OrganizationPaths.path("Chi bộ Khu phố 4", "Đảng bộ phường Tân Thành"))
                .isEqualTo("Chi bộ Khu phố 4 — P. Tân Thành");
        assertThat(OrganizationPaths.path("Chi bộ Thôn 3", "Đảng bộ xã An Phú")).isEqualTo("Chi bộ Thôn 3 — X. An Phú");
        assertThat(OrganizationPaths.path("Chi bộ Tổ 1", "Đảng bộ thị trấn Phú Mỹ")).isEqualTo("Chi bộ Tổ 1 — TT. Phú Mỹ");
        assertThat(OrganizationPaths.path("Chi bộ Ấp 2", "Đảng bộ bộ phận Ấp Bắc")).isEqualTo("Chi bộ Ấp 2 — ĐBBP Ấp Bắc");
        assertThat(OrganizationPaths.path("Đảng bộ phường Tân Thành", "Đảng bộ thành phố Bà Rịa"))
                .isEqualTo("Đảng bộ phường Tân Thành — TP. Bà Rịa");
    }

    @Test
    void aParentWithoutAKnownOpeningKeepsItsNameAndARootHasNoPath() {
        assertThat(OrganizationPaths.path("Chi bộ Văn phòng", "Đảng bộ Sở Giáo dục")).isEqualTo("Chi bộ Văn phòng — Sở Giáo dục");
        assertThat(OrganizationPaths.path("Chi bộ Văn phòng", "Ban Tổ chức")).isEqualTo("Chi bộ Văn phòng — Ban Tổ chức");
        assertThat(OrganizationPaths.path("Đảng bộ tỉnh Bình Minh", null)).isEqualTo("Đảng bộ tỉnh Bình Minh");
        assertThat(OrganizationPaths.shortName("Đảng bộ")).isEqualTo("Đảng bộ");
    }

    @Test
    void everyWordOfAFoldedNameStartsASearchKey() {
        assertThat(SearchText.wordSuffixes("Chi bộ  Khu phố Đông")).containsExactly("chi bo khu pho dong",
                "bo khu pho dong", "khu pho dong", "pho dong", "dong");
        assertThat(SearchText.wordSuffixes("  ")).isEmpty();
        assertThat(SearchText.wordSuffixes(null)).isEmpty();
    }

    @Test
    void aNameSearchNeedsALetterOrDigit() {
        assertThat(SearchText.nameQuery("  Văn  An ")).isEqualTo("Văn An");
        assertThat(SearchText.nameQuery(" - ")).isNull();
        assertThat(SearchText.nameQuery("   ")).isNull();
        assertThat(SearchText.nameQuery(null)).isNull();
    }
}

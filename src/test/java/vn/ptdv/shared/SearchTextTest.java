package vn.ptdv.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class SearchTextTest {

    @Test
    void foldsVietnameseNamesSoThatUnaccentedQueriesFindThem() {
        assertThat(SearchText.fold("Phường Hòa Bình")).isEqualTo("phuong hoa binh");
        assertThat(SearchText.fold("Đảng bộ xã Đông Sơn")).isEqualTo("dang bo xa dong son");
        assertThat(SearchText.fold("  Thôn   Hạ  ")).isEqualTo("thon ha");
    }

    @Test
    void storesNamesComposedWhateverTheKeyboardSent() {
        String decomposed = Normalizer.normalize("Nguyễn Văn Ánh", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Nguyễn Văn Ánh");
        assertThat(SearchText.normalizeName(" " + decomposed + "  ")).isEqualTo("Nguyễn Văn Ánh");
        assertThat(SearchText.fold(decomposed)).isEqualTo("nguyen van anh");
    }

    @Test
    void escapesLikeWildcardsTypedByTheUser() {
        assertThat(SearchText.containsPattern("50%_a")).isEqualTo("%50\\%\\_a%");
    }
}

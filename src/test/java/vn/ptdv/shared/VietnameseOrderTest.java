package vn.ptdv.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class VietnameseOrderTest {

    @Test
    void followsTheVietnameseAlphabet() {
        List<String> names = new ArrayList<>(List.of("Đông", "Dương", "Ân", "Anh", "Ăn", "Bình", "Êm", "Em"));
        names.sort(VietnameseOrder.text());
        assertThat(names).containsExactly("Anh", "Ăn", "Ân", "Bình", "Dương", "Đông", "Em", "Êm");
    }

    @Test
    void numbersInNamesAreOrderedAsNumbers() {
        List<String> names = new ArrayList<>(List.of("Khu phố 10", "Khu phố 2", "Khu phố 1", "Khu phố 99"));
        names.sort(VietnameseOrder.text());
        assertThat(names).containsExactly("Khu phố 1", "Khu phố 2", "Khu phố 10", "Khu phố 99");
    }
}

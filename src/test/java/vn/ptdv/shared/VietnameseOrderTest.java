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

    @Test
    void peopleAreOrderedByGivenNameThenFamilyNameInTheVietnameseAlphabet() {
        List<String> names = new ArrayList<>(List.of("Trần Văn Bình", "Nguyễn Thị Ánh", "Lê Văn An", "Phạm Thị Ân",
                "Đỗ Văn Ăn", "Nguyễn Văn An", "Hoàng Đức Dũng", "Vũ Văn Dung"));
        names.sort(java.util.Comparator.comparing(VietnameseOrder::personSortKey));
        assertThat(names).containsExactly("Lê Văn An", "Nguyễn Văn An", "Nguyễn Thị Ánh", "Đỗ Văn Ăn", "Phạm Thị Ân",
                "Trần Văn Bình", "Vũ Văn Dung", "Hoàng Đức Dũng");
    }

    @Test
    void theSortKeyIsPlainDigitsThatAnyCollationOrdersAlike() {
        assertThat(VietnameseOrder.personSortKey("Nguyễn Thị Ánh")).matches("[0-9]+");
    }
}

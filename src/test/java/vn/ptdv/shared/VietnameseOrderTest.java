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
    void aLongListSortedWithItsKeysWorkedOutOnceIsInTheOrderOfTheComparator() {
        List<String> names = new ArrayList<>();
        String[] words = {"Chi bộ", "Chi bộ Ấp", "Chi bộ ấp", "Khu phố", "Thôn Đông", "Thôn Dương", "Tổ dân phố", "",
            "9", "01", "10 Tổ", "Tổ 10"};
        for (int i = 0; i < 600; i++) {
            String word = words[i % words.length];
            names.add(i % 5 == 0 ? word : word + " " + (i * 7919 % 103) + (i % 3 == 0 ? "a" : ""));
        }
        names.add(null);
        List<String> expected = new ArrayList<>(names);
        expected.sort(java.util.Comparator.comparing((String name) -> name == null ? 0 : name.length() % 3)
                .thenComparing(VietnameseOrder.by(name -> name)));

        assertThat(VietnameseOrder.sorted(names, java.util.Comparator.comparing(name -> name == null ? 0 : name.length() % 3),
                name -> name)).containsExactlyElementsOf(expected);
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

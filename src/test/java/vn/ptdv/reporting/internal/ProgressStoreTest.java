package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.reporting.internal.ProgressStore.Counts;
import vn.ptdv.reporting.internal.ProgressStore.Window;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.TestData;

/**
 * The progress counts as the database gives them: the term and a year of it read in one pass
 * equal each read alone, a child's line holds its cells' decisions up to the as-of date, and the
 * organization's line is the sum of its children's.
 */
@IntegrationTest
class ProgressStoreTest {
    private static final Window TERM = new Window(LocalDate.of(2025, 10, 1), LocalDate.of(2030, 9, 30));
    private static final Window YEAR = new Window(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31));
    private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

    @Autowired
    ProgressStore store;
    @Autowired
    Fixtures fixtures;
    @Autowired
    TestData data;
    @Autowired
    OrganizationDirectory organizations;

    Fixtures.Tree tree;
    /** Two official members of each cell, to introduce its applicants. */
    final Map<String, long[]> introducers = new HashMap<>();

    @BeforeEach
    void aProvinceWithTwoCommunes() {
        tree = fixtures.tree();
    }

    private long[] introducersOf(String cell) {
        return introducers.computeIfAbsent(cell, c -> new long[] {
                data.officialMember(c, "Người Giới Thiệu " + TestData.next()),
                data.officialMember(c, "Người Giới Thiệu " + TestData.next())});
    }

    private long applicant(String cell, LocalDate certified) {
        return data.applicant(cell, cell.substring(0, cell.lastIndexOf('-')), "Người Xin Vào " + TestData.next(),
                certified);
    }

    private void decided(String cell, LocalDate decision) {
        long[] two = introducersOf(cell);
        data.decided(applicant(cell, decision.minusMonths(4)), cell, decision, two[0], two[1]);
    }

    private OrganizationRef ref(String code) {
        return organizations.findByCode(code).orElseThrow();
    }

    @Test
    void theTermAndItsYearReadTogetherEqualEachReadAloneAndTheOrganizationIsTheSumOfItsChildren() {
        decided(tree.cellA1(), LocalDate.of(2025, 10, 1));
        decided(tree.cellA1(), LocalDate.of(2026, 1, 1));
        decided(tree.cellA2(), LocalDate.of(2025, 9, 30));
        decided(tree.cellB1(), AS_OF);
        decided(tree.cellB1(), AS_OF.plusDays(1));
        long[] two = introducersOf(tree.cellB2());
        data.proposed(applicant(tree.cellB2(), LocalDate.of(2026, 1, 5)), tree.cellB2(), LocalDate.of(2026, 5, 4),
                two[0], two[1]);
        OrganizationRef province = ref(tree.province());
        OrganizationRef a = ref(tree.communeA());
        OrganizationRef b = ref(tree.communeB());
        List<Long> ids = List.of(ref(tree.bloc()).id(), a.id(), b.id(), province.id());
        LocalDate today = MutableClock.today();

        Map<Long, List<Counts>> both = store.counts(province, ids, List.of(TERM, YEAR), AS_OF, today);

        // The last 365 days up to the as-of date count the decision of 30/9/2025, before the term.
        assertThat(both.get(a.id())).containsExactly(new Counts(2, 3, 0), new Counts(1, 3, 0));
        assertThat(both.get(b.id())).containsExactly(new Counts(1, 1, 1), new Counts(1, 1, 1));
        assertThat(both.get(province.id())).containsExactly(new Counts(3, 4, 1), new Counts(2, 4, 1));
        assertThat(store.counts(province, ids, TERM.from(), TERM.to(), AS_OF, today))
                .containsEntry(a.id(), both.get(a.id()).get(0)).containsEntry(province.id(), both.get(province.id()).get(0));
        assertThat(store.counts(province, ids, YEAR.from(), YEAR.to(), AS_OF, today))
                .containsEntry(b.id(), both.get(b.id()).get(1)).containsEntry(province.id(), both.get(province.id()).get(1));
    }

    @Test
    void aCellAskedAloneCountsItsOwnDecisions() {
        decided(tree.cellA1(), LocalDate.of(2026, 2, 3));
        OrganizationRef cell = ref(tree.cellA1());

        assertThat(store.counts(cell, List.of(cell.id()), YEAR.from(), YEAR.to(), AS_OF, MutableClock.today()))
                .containsEntry(cell.id(), new Counts(1, 1, 0));
    }
}

package vn.ptdv.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import vn.ptdv.calendar.DatePeriod;

class ClosureCalculatorTest {
    private static final LocalDate BEGIN = LocalDate.of(1930, 2, 3);
    private static final LocalDate MOVE = LocalDate.of(2025, 7, 1);

    private static Placement placed(long id, Long parent, LocalDate from, LocalDate to) {
        return new Placement(id, parent, new DatePeriod(from, to));
    }

    private static Placement placed(long id, Long parent) {
        return placed(id, parent, BEGIN, DatePeriod.OPEN_END);
    }

    @Test
    void aChainGivesEachOrganizationItsAncestorsAndItself() {
        Map<Long, List<Placement>> placements = Map.of(
                1L, List.of(placed(1, null)), 2L, List.of(placed(2, 1L)), 3L, List.of(placed(3, 2L)));
        var calculator = new ClosureCalculator(Set.of(1L, 2L, 3L), placements::get, id -> List.of());

        assertThat(calculator.rowsOf(3)).containsExactlyInAnyOrder(
                new ClosureRow(3, 3, 0, new DatePeriod(BEGIN, DatePeriod.OPEN_END)),
                new ClosureRow(2, 3, 1, new DatePeriod(BEGIN, DatePeriod.OPEN_END)),
                new ClosureRow(1, 3, 2, new DatePeriod(BEGIN, DatePeriod.OPEN_END)));
    }

    @Test
    void aMoveSplitsTheAncestryAtTheEffectiveDateAndKeepsCommonAncestorsWhole() {
        // 1 is the province; 2 and 3 are communes; cell 4 moves from 2 to 3 on 01/07/2025.
        Map<Long, List<Placement>> placements = Map.of(
                1L, List.of(placed(1, null)), 2L, List.of(placed(2, 1L)), 3L, List.of(placed(3, 1L)),
                4L, List.of(placed(4, 2L, BEGIN, MOVE), placed(4, 3L, MOVE, DatePeriod.OPEN_END)));
        var calculator = new ClosureCalculator(Set.of(1L, 2L, 3L, 4L), placements::get, id -> List.of());

        assertThat(calculator.rowsOf(4)).containsExactlyInAnyOrder(
                new ClosureRow(4, 4, 0, new DatePeriod(BEGIN, DatePeriod.OPEN_END)),
                new ClosureRow(2, 4, 1, new DatePeriod(BEGIN, MOVE)),
                new ClosureRow(3, 4, 1, new DatePeriod(MOVE, DatePeriod.OPEN_END)),
                new ClosureRow(1, 4, 2, new DatePeriod(BEGIN, DatePeriod.OPEN_END)));
    }

    @Test
    void descendantsFollowAMovedOrganizationOnlyFromTheDateItMoved() {
        // Commune 3 moves from district 2 to the province 1 itself; its cell 4 follows.
        Map<Long, List<Placement>> placements = Map.of(
                1L, List.of(placed(1, null)), 2L, List.of(placed(2, 1L)),
                3L, List.of(placed(3, 2L, BEGIN, MOVE), placed(3, 1L, MOVE, DatePeriod.OPEN_END)),
                4L, List.of(placed(4, 3L)));
        var calculator = new ClosureCalculator(Set.of(3L, 4L), placements::get,
                id -> new ClosureCalculator(Set.of(1L, 2L), placements::get, x -> List.of()).rowsOf(id));

        assertThat(calculator.rowsOf(4)).containsExactlyInAnyOrder(
                new ClosureRow(4, 4, 0, new DatePeriod(BEGIN, DatePeriod.OPEN_END)),
                new ClosureRow(3, 4, 1, new DatePeriod(BEGIN, DatePeriod.OPEN_END)),
                new ClosureRow(2, 4, 2, new DatePeriod(BEGIN, MOVE)),
                new ClosureRow(1, 4, 3, new DatePeriod(BEGIN, MOVE)),
                new ClosureRow(1, 4, 2, new DatePeriod(MOVE, DatePeriod.OPEN_END)));
    }

    @Test
    void anOrganizationExistsOnlyWhileItIsPlaced() {
        LocalDate founded = LocalDate.of(2020, 1, 1);
        Map<Long, List<Placement>> placements = Map.of(
                1L, List.of(placed(1, null)), 2L, List.of(placed(2, 1L, founded, MOVE)));
        var calculator = new ClosureCalculator(Set.of(1L, 2L), placements::get, id -> List.of());

        assertThat(calculator.rowsOf(2)).containsExactlyInAnyOrder(
                new ClosureRow(2, 2, 0, new DatePeriod(founded, MOVE)),
                new ClosureRow(1, 2, 1, new DatePeriod(founded, MOVE)));
    }

    @Test
    void aCycleInThePlacementsIsAnError() {
        Map<Long, List<Placement>> placements = Map.of(1L, List.of(placed(1, 2L)), 2L, List.of(placed(2, 1L)));
        var calculator = new ClosureCalculator(Set.of(1L, 2L), placements::get, id -> List.of());
        assertThatThrownBy(calculator::computeAll).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void adjacentPlacementsUnderTheSameParentAreJoined() {
        List<Placement> joined = OrganizationStore.joinAdjacent(List.of(
                placed(4, 2L, BEGIN, MOVE), placed(4, 2L, MOVE, LocalDate.of(2026, 1, 1)),
                placed(4, 3L, LocalDate.of(2026, 1, 1), DatePeriod.OPEN_END)));
        assertThat(joined).containsExactly(placed(4, 2L, BEGIN, LocalDate.of(2026, 1, 1)),
                placed(4, 3L, LocalDate.of(2026, 1, 1), DatePeriod.OPEN_END));
    }
}

package vn.ptdv.reporting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.CellKind;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.TestData;

/**
 * The landing pages of the whole Party and of a province read their figures from the tallies:
 * after every kind of change
 * (admissions registered and decided, a dossier awaiting a decision or overdue, the pool, a
 * member's transfer, a cell moved to another province, two cells merged, days passing over the
 * stagnant window) they are the figures the live queries give, and the tallies kept change by
 * change are those built anew from the facts.
 */
@IntegrationTest
class NationalTalliesTest extends TallyAgreement {
    @Test
    void theWholePartysFiguresFromTheTalliesAreThoseOfTheLiveQueriesAfterEveryKindOfChange() throws Exception {
        LocalDate today = MutableClock.today();
        assertThat(SystemActor.call(() -> tallies.tierFor(ref(nation), today))).hasValue(1);
        assertThat(SystemActor.call(() -> tallies.tierFor(ref(north.province()), today))).hasValue(2);
        assertThat(SystemActor.call(() -> tallies.tierFor(ref(north.communeA()), today))).isEmpty();
        assertAgree("an empty country");

        // Admissions: members registered with their decisions, on both sides of the windows.
        LocalDate newYear = today.withDayOfYear(1);
        member(north.cellA1(), newYear);
        member(north.cellA1(), newYear.minusDays(1));
        long moving = member(north.cellA2(), today.minusYears(4));
        member(south.cellB1(), today);
        member(south.cellB2(), today.minusYears(2));
        member(south.agencyCell(), today.minusYears(2).plusDays(1));
        assertAgree("members registered");

        // Dossiers: one awaiting the committee's decision and past its deadline, one decided; the pool.
        long one = data.officialMember(north.cellB1(), "Người Giới Thiệu " + TestData.next());
        long two = data.officialMember(north.cellB1(), "Người Giới Thiệu " + TestData.next());
        LocalDate vote = today.minusMonths(6);
        data.proposed(data.applicant(north.cellB1(), north.communeB(), "Người Chờ " + TestData.next(),
                vote.minusMonths(2)), north.cellB1(), vote, one, two);
        data.decided(data.applicant(north.cellB1(), north.communeB(), "Người Được Kết Nạp " + TestData.next(),
                today.minusMonths(3)), north.cellB1(), today.minusMonths(1), one, two);
        data.prospect(south.cellA1(), "Quần chúng " + TestData.next(), today.minusMonths(2), null);
        Figures decided = figures(nation);
        assertThat(decided.overdue()).isGreaterThan(0);
        assertThat(decided.funnel().pool()).isGreaterThan(0);
        assertAgree("dossiers and the pool");

        // A member's transfer to a cell of the other province.
        api.post(department, "/api/v1/members/" + moving + "/movements", """
                {"type": "TRANSFER", "date": "%s", "toOrganizationCode": "%s"}
                """.formatted(today.minusMonths(2), south.cellA2())).andExpect(status().isOk());
        assertAgree("a member transferred");

        // A cell moved to the other province takes its history there.
        api.post(department, "/api/v1/restructurings", """
                {"type": "MOVE", "effectiveDate": "%s", "organizationCode": "%s", "newParentCode": "%s"}
                """.formatted(today.minusMonths(1), north.cellA1(), south.communeA())).andExpect(status().isCreated());
        assertAgree("a cell moved");

        // Two cells merged into a new one: their histories are the new cell's.
        api.post(department, "/api/v1/restructurings", """
                {"type": "MERGE", "effectiveDate": "%s", "directive": "Nghị quyết số 12-NQ/ĐU",
                 "sourceCodes": ["%s", "%s"],
                 "target": {"code": "%s-GOP", "name": "Chi bộ Hợp Nhất", "type": "CELL", "parentCode": "%s"}}
                """.formatted(today, south.cellB1(), south.cellB2(), south.communeB(),
                south.communeB())).andExpect(status().isCreated());
        assertAgree("two cells merged");

        // A day and a year later, the stagnant window has moved over the admissions.
        clock.advance(Duration.ofDays(1));
        assertAgree("the next day");
        clock.advance(Duration.ofDays(365));
        assertAgree("a year later");
        Figures later = figures(nation);
        assertThat(later.stagnantCells()).hasSize((int) later.stagnant());
        assertThat(later.stagnantSchools()).isNotEmpty().allMatch(cell -> cell.kind() == CellKind.SCHOOL);
    }
}

package vn.ptdv.membership.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Sheets;

/**
 * The personal data lifecycle (issue 11, item 9): the daily anonymization of people ptdv no longer
 * works with, once across instances, leaving the statistics as they were; and the export of
 * everything ptdv holds about a person on request. Each test starts on a day of its own (the runs
 * of past days stay in a reused database), at least five years after everyone else's data.
 */
@IntegrationTest
class PersonalDataLifecycleTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;
    @Autowired
    Anonymization anonymization;
    @Autowired
    AnonymizationRuns runs;

    Api api;
    Fixtures.Tree tree;
    String committee;
    LocalDate day;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, users);
        // A day of this test's own: six years after the latest day a run claimed (or after the fixed day), so that
        // no earlier run claimed it and everyone else's data is older than the retention.
        LocalDate latest = runs.latest(1).stream().map(AnonymizationRuns.Run::day).findFirst().orElse(LocalDate.now(clock));
        LocalDate start = latest.isAfter(LocalDate.now(clock)) ? latest : LocalDate.now(clock);
        clock.advance(Duration.ofDays(start.plusYears(6).toEpochDay() - LocalDate.now(clock).toEpochDay()));
        day = LocalDate.now(clock);
        tree = fixtures.tree();
        committee = fixtures.user(Role.COMMITTEE, tree.communeA());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private String person(String name) {
        String nationalId = "079185" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return """
                {"fullName": "%s", "birthDate": "1990-09-15", "gender": "FEMALE", "nationalId": "%s", "ethnicity": "03",
                 "religion": "BUDDHISM", "residenceOrganizationCode": "%s", "residenceAddress": "Số 5, ngõ 7",
                 "phone": "0912345678", "occupation": "Giáo viên", "occupationCategory": "PUBLIC_EMPLOYEE"}
                """.formatted(name, nationalId, tree.cellA1());
    }

    private long newPerson(String name) throws Exception {
        return Json.id(api.post(committee, "/api/v1/people", person(name)).andExpect(status().isCreated()));
    }

    /** A prospect who left the pool the day before. */
    private long leftThePool(String name) throws Exception {
        long prospect = Json.id(api.post(committee, "/api/v1/prospects", """
                {"person": %s, "organizationCode": "%s", "since": "%s", "channel": "YOUTH_UNION"}
                """.formatted(person(name), tree.cellA1(), day.minusMonths(6))).andExpect(status().isCreated()));
        api.patch(committee, "/api/v1/prospects/" + prospect, """
                {"status": "LEFT", "statusDate": "%s", "leftReason": "Chuyển đến Hà Nội cùng chồng"}
                """.formatted(day.minusDays(1))).andExpect(status().isOk());
        return ((Number) Json.read(api.get(committee, "/api/v1/prospects/" + prospect), "$.personId")).longValue();
    }

    private long inThePool(String name) throws Exception {
        long prospect = Json.id(api.post(committee, "/api/v1/prospects", """
                {"person": %s, "organizationCode": "%s", "since": "%s", "channel": "CELL"}
                """.formatted(person(name), tree.cellA1(), day.minusMonths(1))).andExpect(status().isCreated()));
        return ((Number) Json.read(api.get(committee, "/api/v1/prospects/" + prospect), "$.personId")).longValue();
    }

    private long member(String name) throws Exception {
        long member = Json.id(api.post(committee, "/api/v1/members", """
                {"person": %s, "organizationCode": "%s", "admittedOn": "%s"}
                """.formatted(person(name), tree.cellA1(), day.minusYears(3))).andExpect(status().isCreated()));
        return ((Number) Json.read(api.get(committee, "/api/v1/members/" + member), "$.personId")).longValue();
    }

    private String nameOf(long person) {
        return jdbc.sql("SELECT full_name FROM person WHERE id = :id").param("id", person).query(String.class).single();
    }

    private void runOn(LocalDate runDay) {
        clock.advance(Duration.ofDays(runDay.toEpochDay() - LocalDate.now(clock).toEpochDay()));
        assertThat(anonymization.run()).as("the run of %s", runDay).isPresent();
    }

    private String statistics() throws Exception {
        String members = api.get(committee, "/api/v1/reports/membership?organization={o}&date={d}", tree.communeA(),
                day.toString()).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        String table = api.get(committee, "/api/v1/reports/statistics/members?organization={o}&from={f}&to={t}",
                tree.communeA(), day.minusYears(1).toString(), day.toString()).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        String pool = api.get(committee, "/api/v1/prospects?organization={o}&status=LEFT", tree.communeA())
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString()
                .replaceAll("\"fullName\":\"[^\"]*\"", "").replaceAll("\"nationalId\":(null|\"[^\"]*\")", "")
                .replaceAll("\"birthDate\":\"[^\"]*\"", "");
        return members + table + pool.replaceAll("\"leftReason\":\"[^\"]*\"", "");
    }

    @Test
    void peopleNoLongerWorkedWithAreAnonymizedFromTheDayTheRetentionEndsAndTheStatisticsStayTheSame()
            throws Exception {
        String prefix = tree.prefix();
        long left = leftThePool("Lường Thị Rời " + prefix);
        long alone = newPerson("Quàng Văn Lẻ " + prefix);
        long active = inThePool("Cầm Thị Đang " + prefix);
        long member = member("Lò Văn Viên " + prefix);
        String before = statistics();
        LocalDate ends = day.plusYears(5);

        runOn(ends.minusDays(1));
        assertThat(nameOf(left)).isEqualTo("Lường Thị Rời " + prefix);
        assertThat(nameOf(alone)).isEqualTo("Quàng Văn Lẻ " + prefix);

        runOn(ends);
        assertThat(nameOf(left)).isEqualTo("Người đã ẩn danh " + left);
        assertThat(nameOf(alone)).isEqualTo("Người đã ẩn danh " + alone);
        assertThat(nameOf(active)).isEqualTo("Cầm Thị Đang " + prefix);
        assertThat(nameOf(member)).isEqualTo("Lò Văn Viên " + prefix);
        assertThat(jdbc.sql("""
                SELECT national_id || '|' || birth_date || '|' || residence_address || '|' || phone || '|' || occupation
                FROM person WHERE id = :id
                """).param("id", left).query(String.class).optional()).isEmpty();
        assertThat(jdbc.sql("""
                SELECT gender || '|' || ethnicity || '|' || religion || '|' || occupation_category || '|' || birth_date
                       || '|' || anonymized_on FROM person WHERE id = :id
                """).param("id", left).query(String.class).single())
                .isEqualTo("FEMALE|03|BUDDHISM|PUBLIC_EMPLOYEE|1990-07-01|" + ends);
        assertThat(jdbc.sql("SELECT left_reason FROM prospect WHERE person_id = :id").param("id", left)
                .query(String.class).single()).isEqualTo("(đã ẩn danh)");
        // The run is written with how many, not who.
        assertThat(jdbc.sql("SELECT details FROM audit_log WHERE action = 'PERSONAL_DATA_ANONYMIZED' AND entity_key = :d")
                .param("d", ends.toString()).query(String.class).single()).startsWith("people=").endsWith("; retentionYears=5");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE details LIKE :name OR entity_key LIKE :name")
                .param("name", "%Lường Thị Rời%").query(Long.class).single()).isZero();

        runOn(ends.plusDays(1));
        assertThat(nameOf(active)).isEqualTo("Cầm Thị Đang " + prefix);
        clock.advance(Duration.ofDays(day.toEpochDay() - LocalDate.now(clock).toEpochDay()));
        assertThat(statistics()).isEqualTo(before);
    }

    @Test
    void twoInstancesStartingTheSameDayAnonymizeOnce() throws Exception {
        long alone = newPerson("Quàng Văn Đua " + tree.prefix());
        clock.advance(Duration.ofDays(day.plusYears(5).toEpochDay() - day.toEpochDay()));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Optional<Integer>>> runs = new ArrayList<>();
        for (int instance = 0; instance < 2; instance++) {
            runs.add(pool.submit(() -> {
                start.await();
                return anonymization.run();
            }));
        }
        start.countDown();
        int ran = 0;
        for (Future<Optional<Integer>> run : runs) {
            ran += run.get().isPresent() ? 1 : 0;
        }
        pool.shutdown();
        assertThat(ran).isEqualTo(1);
        assertThat(nameOf(alone)).isEqualTo("Người đã ẩn danh " + alone);
        LocalDate runDay = LocalDate.now(clock);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'PERSONAL_DATA_ANONYMIZED' AND entity_key = :d")
                .param("d", runDay.toString()).query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM anonymization_run WHERE run_day = :d AND finished_at IS NOT NULL")
                .param("d", runDay).query(Long.class).single()).isEqualTo(1);
        // A later start the same day does nothing either.
        assertThat(anonymization.run()).isEmpty();
    }

    @Test
    void everythingHeldAboutAPersonIsExportedOnRequestInScopeAndAudited() throws Exception {
        long person = leftThePool("Lường Thị Biết " + tree.prefix());
        byte[] workbook = Sheets.downloaded(mvc.perform(post("/people/" + person + "/personal-data")
                .with(api.as(committee)).with(csrf())).andExpect(status().isOk()));
        List<List<String>> rows = Sheets.rowsBelow(workbook, "Mục");
        assertThat(rows).contains(List.of("Thông tin cá nhân", "Họ và tên", "Lường Thị Biết " + tree.prefix()),
                List.of("Thông tin cá nhân", "Địa chỉ cư trú", "Số 5, ngõ 7"),
                List.of("Nguồn kết nạp", "Lý do ra khỏi nguồn", "Chuyển đến Hà Nội cùng chồng"));

        api.get(committee, "/api/v1/people/" + person + "/personal-data").andExpect(status().isOk())
                .andExpect(jsonPath("$[0].title").value("Thông tin cá nhân"))
                .andExpect(content().string(containsString("Ra khỏi nguồn")));
        assertThat(jdbc.sql("SELECT details FROM audit_log WHERE action = 'PERSON_DATA_EXPORTED' AND person_id = :p"
                + " ORDER BY id").param("p", person).query(String.class).list()).containsExactly("via=page", "via=api");

        String otherCommune = fixtures.user(Role.COMMITTEE, tree.communeB());
        api.get(otherCommune, "/api/v1/people/" + person + "/personal-data").andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("Lường"))));
        String viewer = fixtures.user(Role.VIEWER, tree.province());
        api.get(viewer, "/api/v1/people/" + person + "/personal-data").andExpect(status().isForbidden());
    }
}

package vn.ptdv.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Sheets;

/**
 * What an auditor finds in the log (issue 11, item 4): failed logins (also for names that match no
 * account), API logins, refused out-of-scope attempts, readings of full personal data, imports and
 * exports — and the search of the log, scoped like everything else.
 */
@IntegrationTest
class AuditTrailTest {
    private static final AtomicInteger ADDRESSES = new AtomicInteger();
    private static final Pattern TOKEN = Pattern.compile("ptdv_[A-Za-z0-9_-]{43}");

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

    Api api;
    Fixtures.Tree tree;
    String committeeA;
    String committeeB;
    String departmentA;
    String admin;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, users);
        tree = fixtures.tree();
        committeeA = fixtures.user(Role.COMMITTEE, tree.communeA());
        committeeB = fixtures.user(Role.COMMITTEE, tree.communeB());
        departmentA = fixtures.user(Role.ORG_DEPARTMENT, tree.communeA());
        admin = fixtures.user(Role.ADMIN, null);
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10.77." + (System.nanoTime() % 200 + 20) + "." + (n % 250 + 1);
    }

    private long count(String username, String action) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = :u AND action = :a").param("u", username)
                .param("a", action).query(Long.class).single();
    }

    private List<String> details(String username, String action) {
        return jdbc.sql("SELECT details FROM audit_log WHERE username = :u AND action = :a ORDER BY id")
                .param("u", username).param("a", action).query(String.class).list();
    }

    private long person(String committee, String cell, String name) throws Exception {
        String nationalId = "079185" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        return Json.id(api.post(committee, "/api/v1/people", """
                {"fullName": "%s", "birthDate": "1985-04-04", "gender": "FEMALE", "nationalId": "%s",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(name, nationalId, cell)).andExpect(status().isCreated()));
    }

    @Test
    void aFailedLoginUnderANameThatMatchesNoAccountIsWrittenWithItsAddressAndCreatesNoAccount() throws Exception {
        String stranger = "khongco." + fixtures.uniquePrefix().toLowerCase();
        String address = address();
        mvc.perform(get("/api/v1/me").with(httpBasic(stranger, "doan-mo-1")).with(from(address)))
                .andExpect(status().isUnauthorized());

        assertThat(details(stranger, "LOGIN_FAILED")).containsExactly("address=" + address);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM app_user WHERE username = :u").param("u", stranger)
                .query(Long.class).single()).isZero();
    }

    @Test
    void refusedAttemptsOfAThrottledNameAreWrittenOnceAMinuteNotOncePerAttempt() throws Exception {
        String stranger = "khongco." + fixtures.uniquePrefix().toLowerCase();
        String address = address();
        for (int attempt = 0; attempt < 30; attempt++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(stranger, "doan-mo-" + attempt)).with(from(address)));
        }
        // Five free failures, the sixth is checked and starts the delay; the rest are refused unchecked.
        assertThat(count(stranger, "LOGIN_FAILED")).isBetween(5L, 7L);
        assertThat(count(stranger, "LOGIN_THROTTLED")).isEqualTo(1);

        // A minute later the next attempt is written again: checked and failed, or refused and written once more.
        long before = count(stranger, "LOGIN_THROTTLED") + count(stranger, "LOGIN_FAILED");
        clock.advance(Duration.ofMinutes(1));
        mvc.perform(get("/api/v1/me").with(httpBasic(stranger, "doan-mo-x")).with(from(address)));
        assertThat(count(stranger, "LOGIN_THROTTLED") + count(stranger, "LOGIN_FAILED")).isEqualTo(before + 1);
    }

    @Test
    void anApiLoginWithAPasswordIsWrittenWhenThePasswordIsCheckedNotOnEveryCall() throws Exception {
        String address = address();
        for (int call = 0; call < 3; call++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(committeeA, Fixtures.PASSWORD)).with(from(address)))
                    .andExpect(status().isOk());
        }
        assertThat(details(committeeA, "API_LOGIN")).containsExactly("via=basic; address=" + address);

        clock.advance(Duration.ofMinutes(5));
        mvc.perform(get("/api/v1/me").with(httpBasic(committeeA, Fixtures.PASSWORD)).with(from(address)))
                .andExpect(status().isOk());
        assertThat(count(committeeA, "API_LOGIN")).isEqualTo(2);
    }

    @Test
    void anApiLoginWithATokenIsWrittenOncePerFiveMinutesOfUse() throws Exception {
        String page = mvc.perform(post("/account/tokens").with(api.as(committeeA)).with(csrf())
                .param("name", "Tập lệnh báo cáo").param("expiresOn", "")).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).isTrue();
        for (int call = 0; call < 3; call++) {
            mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.group()))
                    .andExpect(status().isOk());
            clock.advance(Duration.ofMinutes(1));
        }
        assertThat(details(committeeA, "API_LOGIN")).containsExactly("via=token");

        clock.advance(Duration.ofMinutes(3));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + token.group())).andExpect(status().isOk());
        assertThat(count(committeeA, "API_LOGIN")).isEqualTo(2);
    }

    @Test
    void anAttemptToReachAPersonOfAnotherCommuneIsWrittenUnderTheCallersOrganization() throws Exception {
        long personOfB = person(committeeB, tree.cellB1(), "Lò Thị Nở " + tree.prefix());
        api.get(committeeA, "/api/v1/people/" + personOfB).andExpect(status().isNotFound());
        api.get(committeeA, "/people/" + personOfB).andExpect(status().isNotFound());

        List<String> refused = jdbc.sql("""
                SELECT a.entity_key || ' ' || a.details || ' ' || o.code FROM audit_log a
                JOIN organization_directory o ON o.id = a.organization_id
                WHERE a.username = :u AND a.action = 'ACCESS_REFUSED' ORDER BY a.id
                """).param("u", committeeA).query(String.class).list();
        assertThat(refused).hasSize(2);
        assertThat(refused.get(0)).startsWith("GET /api/v1/people/" + personOfB + " answer=404; reason=")
                .endsWith(" " + tree.communeA());
        assertThat(refused.get(1)).startsWith("GET /people/" + personOfB + " answer=404");
    }

    @Test
    void aReadingOfTheFullNationalIdIsWrittenWithThePersonsIdAndNotTheirName() throws Exception {
        String name = "Mai Thị Hạnh " + tree.prefix();
        long person = person(committeeA, tree.cellA1(), name);
        api.get(committeeA, "/api/v1/people/" + person + "/national-id").andExpect(status().isOk());

        List<String> rows = jdbc.sql("""
                SELECT entity_key || ' ' || person_id || ' ' || details FROM audit_log
                WHERE username = :u AND action = 'PERSON_NATIONAL_ID_VIEWED'
                """).param("u", committeeA).query(String.class).list();
        assertThat(rows).containsExactly(person + " " + person + " via=api");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = :u AND details LIKE :name")
                .param("u", committeeA).param("name", "%" + name + "%").query(Long.class).single()).isZero();
    }

    @Test
    void importsAndExportsAreWrittenWithWhatAndHowMany() throws Exception {
        byte[] workbook = Sheets.workbook("Tổ chức đảng", List.of(
                Sheets.row("Mã tổ chức", "Tên tổ chức", "Loại tổ chức", "Mã tổ chức cấp trên", "Loại hình chi bộ",
                        "Ngày thành lập"),
                Sheets.row(tree.communeA() + "-TH9", "Chi bộ Thôn 9", "CELL", tree.communeA(), "RESIDENTIAL", null)));
        api.upload(committeeA, "/api/v1/imports/organizations?dryRun=true", "to-chuc.xlsx", workbook)
                .andExpect(status().isOk());
        api.get(committeeA, "/api/v1/organizations?under={o}&format=xlsx", tree.communeA()).andExpect(status().isOk());

        assertThat(details(committeeA, "IMPORT_CHECKED")).singleElement().asString()
                .startsWith("file=to-chuc.xlsx; rows=1; problems=0");
        assertThat(details(committeeA, "EXPORT")).singleElement().asString().isEqualTo("format=xlsx; rows=3");
    }

    @Test
    void aCommunesDepartmentSearchesItsOwnSubtreeAndSeesNothingOfAnotherCommune() throws Exception {
        long personOfA = person(committeeA, tree.cellA1(), "Hà Văn An " + tree.prefix());
        long personOfB = person(committeeB, tree.cellB1(), "Hà Văn Bình " + tree.prefix());

        api.get(departmentA, "/api/v1/audit?kind=PERSON_CREATED&size=100")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].personId", org.hamcrest.Matchers.hasItem((int) personOfA)))
                .andExpect(jsonPath("$.items[*].personId", not(org.hamcrest.Matchers.hasItem((int) personOfB))))
                .andExpect(jsonPath("$.items[0].kindName").value("Thêm người"));
        api.get(departmentA, "/api/v1/audit?person={p}", personOfB)
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        api.get(departmentA, "/api/v1/audit?user={u}", committeeB)
                .andExpect(status().isOk()).andExpect(jsonPath("$.total").value(0));
        api.get(departmentA, "/api/v1/audit?organization={o}", tree.communeB())
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organization"))
                .andExpect(content().string(not(containsString("An Phú"))));
        // The page answers as every list filter does for a name or code it cannot find: 404, the field said again.
        api.get(departmentA, "/audit?organization={o}", tree.communeB())
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy tổ chức nào có tên hoặc mã &quot;" + tree.communeB())))
                .andExpect(content().string(not(containsString("Hà Văn Bình"))));

        // The province's administrator finds B's entries by person, account, organization and kind.
        api.get(admin, "/api/v1/audit?person={p}&user={u}&organization={o}&kind=PERSON_CREATED", personOfB, committeeB,
                tree.communeB()).andExpect(status().isOk()).andExpect(jsonPath("$.total").value(1))
                .andExpect(jsonPath("$.items[0].entityKey").value(String.valueOf(personOfB)));
        // Others may not search at all.
        api.get(committeeA, "/api/v1/audit").andExpect(status().isForbidden());
    }

    @Test
    void thePeriodIncludesBothDaysAndMalformedDatesAreRefusedInVietnamese() throws Exception {
        person(committeeA, tree.cellA1(), "Đỗ Thị Cúc " + tree.prefix());
        String today = MutableClock.today().toString();
        String yesterday = MutableClock.today().minusDays(1).toString();
        String tomorrow = MutableClock.today().plusDays(1).toString();
        String url = "/api/v1/audit?user={u}&kind=PERSON_CREATED&from={f}&to={t}";
        api.get(departmentA, url, committeeA, today, today).andExpect(jsonPath("$.total").value(1));
        api.get(departmentA, url, committeeA, yesterday, yesterday).andExpect(jsonPath("$.total").value(0));
        api.get(departmentA, url, committeeA, tomorrow, tomorrow).andExpect(jsonPath("$.total").value(0));

        api.get(departmentA, url, committeeA, "2026-02-30", tomorrow).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("from"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Từ ngày")));
        api.get(departmentA, url, committeeA, tomorrow, today).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("to"));
        api.get(departmentA, "/audit?from=31/02/2026&kind=KHONG_CO").andExpect(status().isOk())
                .andExpect(content().string(containsString("Từ ngày: ngày &quot;31/02/2026&quot; không có thật")))
                .andExpect(content().string(containsString("Bộ lọc chưa đúng")));
        api.get(departmentA, "/api/v1/audit?kind=KHONG_CO").andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("không có loại thao tác")));
    }

    @Test
    void theSearchIsExportedAsAWorkbookAndTheExportIsItselfWritten() throws Exception {
        person(committeeA, tree.cellA1(), "Vi Văn Dũng " + tree.prefix());
        api.get(departmentA, "/audit?user={u}&format=xlsx", committeeA).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        api.get(departmentA, "/api/v1/audit?user={u}&format=xlsx", committeeA).andExpect(status().isOk())
                .andExpect(header().string("Content-Type", containsString("spreadsheetml")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = :u AND action = 'EXPORT'"
                + " AND entity_key = 'audit'").param("u", departmentA).query(Long.class).single()).isEqualTo(2);
        api.get(committeeA, "/audit?format=xlsx").andExpect(status().isForbidden());
        api.get(departmentA, "/api/v1/audit?format=csv").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("json, xlsx")));
    }
}

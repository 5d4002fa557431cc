package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/**
 * The bad-input campaign: every malformed request is answered by a Vietnamese 4xx that names the
 * field and the reason, and stores nothing — on H2 and on PostgreSQL alike.
 */
@IntegrationTest
class BadInputTest {
    private static final AtomicLong CARD = new AtomicLong(System.nanoTime() % 10_000_000);

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @org.springframework.boot.test.web.server.LocalServerPort
    int port;

    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, users);
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    String cell(String code, String name) {
        return """
                {"code": "%s", "name": "%s", "type": "CELL", "parentCode": "%s", "cellKind": "RESIDENTIAL"}
                """.formatted(code, name, tree.communeA());
    }

    @Test
    void aNulCharacterInANameIsRefusedWithTheFieldAndNothingIsStored() throws Exception {
        long before = count("organization");
        api.post(department, "/api/v1/organizations", cell(tree.prefix() + "-N", "Chi bộ \\u0000 Đông"))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Trường \"name\": Có ký tự điều khiển U+0000 ở vị trí 8; ký tự này không được phép trong dữ liệu."));
        assertThat(count("organization")).isEqualTo(before);
    }

    @Test
    void aSearchWithANulCharacterIsRefusedNamingTheParameter() throws Exception {
        api.get(department, "/api/v1/people?q={q}", "Lan\u0000")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("q"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ký tự điều khiển U+0000 ở vị trí 4")));
    }

    @Test
    void aLoneSurrogateIsRefusedAsABrokenCharacter() throws Exception {
        long before = count("person");
        api.post(department, "/api/v1/people", person("Lê Văn \\ud800Tám", nationalId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ký tự hỏng U+D800 ở vị trí 8")));
        assertThat(count("person")).isEqualTo(before);
    }

    @Test
    void aTextOfOnlyInvisibleCharactersIsNotAName() throws Exception {
        long before = count("organization");
        api.post(department, "/api/v1/organizations", cell(tree.prefix() + "-I", "\\u200b\\u00a0\\u2060"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("Chỉ có ký tự vô hình")));
        assertThat(count("organization")).isEqualTo(before);
    }

    @Test
    void aDirectionOverrideIsRefusedAnywhereAndAnInvisibleCharacterInsideAName() throws Exception {
        long before = count("organization");
        api.post(department, "/api/v1/organizations", cell(tree.prefix() + "-R", "Chi bộ \\u202eĐông"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message", containsString("ký tự đảo chiều văn bản U+202E")));
        api.post(department, "/api/v1/organizations", cell(tree.prefix() + "-Z", "Chi bộ Đô\\u200bng"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("ký tự định dạng U+200B ở vị trí 10")));
        assertThat(count("organization")).isEqualTo(before);
    }

    @Test
    void aNameThatIsANumberIsRefused() throws Exception {
        long before = count("organization") + count("person");
        api.post(department, "/api/v1/organizations", cell(tree.prefix() + "-D", "12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("không có chữ cái nào")));
        api.post(department, "/api/v1/people", person("0912.345.678", nationalId()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("fullName"));
        assertThat(count("organization") + count("person")).isEqualTo(before);
    }

    @Test
    void anUnknownFieldIsRefusedWithItsNameSoATypoLosesNothing() throws Exception {
        long before = count("organization");
        api.post(department, "/api/v1/organizations", """
                {"code": "%s-U", "name": "Chi bộ Mới", "type": "CELL", "parentCode": "%s", "cellKnid": "RESIDENTIAL"}
                """.formatted(tree.prefix(), tree.communeA()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("cellKnid"))
                .andExpect(jsonPath("$.errors[0].message", startsWith("Trường \"cellKnid\": Yêu cầu này không có trường này")))
                .andExpect(jsonPath("$.errors[0].message", containsString("cellKind")));
        assertThat(count("organization")).isEqualTo(before);
    }

    @Test
    void aBodyOverTheLimitIsRefusedAs413() throws Exception {
        long before = count("organization");
        String huge = "Chi bộ " + "x".repeat(1024 * 1024);
        api.post(department, "/api/v1/organizations", cell(tree.prefix() + "-H", huge))
                .andExpect(status().isContentTooLarge())
                .andExpect(jsonPath("$.title").value("Nội dung quá lớn"))
                .andExpect(jsonPath("$.detail").value(
                        "Nội dung gửi lên lớn hơn giới hạn 1 MB; chưa lưu gì. Đồng chí chia nhỏ dữ liệu, hoặc nhập từ tệp Excel."));
        assertThat(count("organization")).isEqualTo(before);
    }

    @Test
    void aFormPostOverTheLimitGetsTheVietnamesePageOf413() throws Exception {
        java.net.http.HttpResponse<String> response = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + port + "/organizations/new"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(java.net.http.HttpRequest.BodyPublishers.ofString("name=" + "x".repeat(1024 * 1024 + 1)))
                        .build(),
                java.net.http.HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).contains("<h1>Nội dung gửi lên quá lớn</h1>").contains("lớn hơn giới hạn 1 MB; chưa lưu gì");
    }

    @Test
    void aBodyJustUnderTheLimitIsReadAndRefusedForItsLengthInstead() throws Exception {
        String name = "Chi bộ " + "x".repeat(1024 * 1024 - 300);
        api.post(department, "/api/v1/organizations", cell(tree.prefix() + "-L", name))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("name"))
                .andExpect(jsonPath("$.errors[0].message", containsString("dài quá 255 ký tự")));
    }

    @Test
    void numbersOutOfRangeSayTheRange() throws Exception {
        for (String admissions : List.of("1000001", "99999999999999999999999", "-1")) {
            api.put(department, "/api/v1/targets", """
                    {"organizationCode": "%s", "termCode": "2025-2030", "year": 2026, "admissions": "%s"}
                    """.formatted(tree.communeA(), admissions))
                    .andExpect(status().isBadRequest())
                    .andExpect(jsonPath("$.errors[0].field").value("admissions"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("phải là số từ 0 đến 1.000.000")));
        }
        api.patch(department, "/api/v1/organizations/" + tree.cellA1(), """
                {"name": "Chi bộ Đông", "version": 99999999999999999999999}
                """)
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("version"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Trường \"version\": Phải là số từ -2.147.483.648 đến 2.147.483.647."));
        api.get(department, "/api/v1/people/99999999999999999999999")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("id"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Trường \"id\": Phải là số từ -9.223.372.036.854.775.808 đến 9.223.372.036.854.775.807."));
    }

    @Test
    void theSameDirectiveNumberWrittenTwoWaysIsOneDirective() throws Exception {
        long before = count("directive");
        String issuer = tree.communeA();
        api.post(department, "/api/v1/directives", """
                {"numberSymbol": "077-KH/ĐU", "type": "PLAN", "issuedOn": "2026-01-15", "issuerCode": "%s",
                 "title": "Kế hoạch phát triển đảng viên"}
                """.formatted(issuer))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.numberSymbol").value("77-KH/ĐU"));
        for (String other : List.of("77-KH/ĐU", "77 - KH / \u00d0U", "０７７–KH／ĐU")) {
            api.post(department, "/api/v1/directives", """
                    {"numberSymbol": "%s", "type": "PLAN", "issuedOn": "2026-03-01", "issuerCode": "%s", "title": "Trùng"}
                    """.formatted(other, issuer))
                    .andExpect(status().isUnprocessableContent())
                    .andExpect(jsonPath("$.errors[0].field").value("numberSymbol"))
                    .andExpect(jsonPath("$.errors[0].message", containsString("77-KH/ĐU")));
        }
        assertThat(count("directive")).isEqualTo(before + 1);
    }

    @Test
    void aFormPostWithAControlCharacterIsRefusedWithTheFieldAndNothingIsStored() throws Exception {
        long before = count("organization");
        mvc.perform(post("/organizations/new").with(api.as(department)).with(csrf())
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .param("code", tree.prefix() + "-F").param("name", "Chi bộ\u0007 Đông").param("type", "CELL")
                        .param("cellKind", "RESIDENTIAL").param("parentCode", tree.communeA()))
                .andExpect(status().isBadRequest())
                .andExpect(content().string(containsString("Trường &quot;name&quot;: Có ký tự điều khiển U+0007")));
        assertThat(count("organization")).isEqualTo(before);
    }

    @Test
    void identicalOrganizationsCreatedAtTheSameInstantMakeOneAndAClearRefusal() throws Exception {
        String code = tree.prefix() + "-C";
        List<Integer> statuses = atOnce(8, "/api/v1/organizations", cell(code, "Chi bộ Cùng Lúc"),
                "Mã tổ chức này vừa được dùng", "đã được dùng cho một tổ chức khác");
        assertThat(statuses).as("statuses %s", statuses).containsOnlyOnce(201);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM organization WHERE code = :code").param("code", code)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void thePersonOfOneNationalIdCreatedTwiceAtTheSameInstantIsStoredOnceAndTheOtherIsAConflict() throws Exception {
        String number = nationalId();
        List<Integer> statuses = atOnce(8, "/api/v1/people", person("Trần Văn Đồng", number),
                "Số CCCD này vừa được lưu cho một người khác", "CCCD");
        assertThat(statuses).as("statuses %s", statuses).containsOnlyOnce(201);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM person WHERE national_id = :id").param("id", number)
                .query(Long.class).single()).isEqualTo(1);
    }

    /**
     * The same request sent by {@code requests} threads released together by a latch: every answer
     * but the one that stored is a Vietnamese 409 (the database's unique key) or 422 (the service's
     * own check, for those that came a moment later) — never a 500.
     */
    private List<Integer> atOnce(int requests, String url, String body, String conflict, String refusal) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(requests);
        List<Future<MockHttpServletResponse>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < requests; i++) {
                answers.add(pool.submit(() -> {
                    start.await();
                    return mvc.perform(post(url).with(api.as(department))
                            .contentType(MediaType.APPLICATION_JSON).content(body)).andReturn().getResponse();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<MockHttpServletResponse> answer : answers) {
                MockHttpServletResponse response = answer.get();
                statuses.add(response.getStatus());
                String text = response.getContentAsString(StandardCharsets.UTF_8);
                if (response.getStatus() == 409) {
                    assertThat(text).contains(conflict);
                } else if (response.getStatus() != 201) {
                    assertThat(response.getStatus()).as(text).isEqualTo(422);
                    assertThat(text).contains(refusal);
                }
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void theDatabasesUniqueKeysAreNamedInTheirConflictMessage() throws Exception {
        long id = vn.ptdv.support.Json.id(api.post(department, "/api/v1/people", person("Đỗ Thị Hoa", nationalId()))
                .andExpect(status().isCreated()));
        String copy = """
                INSERT INTO person (full_name, search_name, sort_key, birth_date, gender, national_id, ethnicity, religion,
                    residence_organization_id, created_at, created_by, updated_at, updated_by)
                SELECT full_name, search_name, sort_key, birth_date, gender, national_id, ethnicity, religion,
                    residence_organization_id, created_at, created_by, updated_at, updated_by FROM person WHERE id = :id
                """;
        try {
            jdbc.sql(copy).param("id", id).update();
            throw new AssertionError("a second person with the same national ID was stored");
        } catch (DuplicateKeyException e) {
            assertThat(DuplicateRecords.messageKey(e)).isEqualTo("error.duplicate.ux_person_national_id");
        }
    }

    private String nationalId() {
        return "0791" + "85" + String.format("%06d", CARD.incrementAndGet() % 1_000_000);
    }

    private String person(String name, String nationalId) {
        return """
                {"fullName": "%s", "birthDate": "1985-04-04", "gender": "FEMALE", "nationalId": "%s",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(name, nationalId, tree.cellA1());
    }
}

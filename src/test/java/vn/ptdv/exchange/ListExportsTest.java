package vn.ptdv.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static vn.ptdv.exchange.PoolClassesAndTargetsImportTest.PERSON;
import static vn.ptdv.exchange.PoolClassesAndTargetsImportTest.nationalId;
import static vn.ptdv.exchange.PoolClassesAndTargetsImportTest.with;
import static vn.ptdv.support.Sheets.row;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.ResultActions;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;
import vn.ptdv.support.MutableClock;
import vn.ptdv.support.Sheets;

/**
 * Every list offers "Xuất Excel": the whole list with the page's filters (not only the page on
 * screen), within the user's scope, recorded in the audit log; the tree's export is an import
 * that changes nothing.
 */
@IntegrationTest
class ListExportsTest {
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String ward;
    LocalDate today;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        ward = fixtures.user(Role.COMMITTEE, tree.communeA());
        today = MutableClock.today();
    }

    List<Object> person(String name, String id) {
        return row(name, LocalDate.of(2001, 4, 20), "Nữ", id, "Kinh");
    }

    static List<List<String>> rows(byte[] workbook, String first) {
        return Sheets.rowsBelow(workbook, first);
    }

    static byte[] body(ResultActions result) throws Exception {
        return Sheets.downloaded(result);
    }

    long exportsRecorded(String username, String subject) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'EXPORT' AND username = :user"
                + " AND entity_key = :subject").param("user", username).param("subject", subject)
                .query(Long.class).single();
    }

    @Test
    void thePoolPageExportsEveryEntryOfItsFilterWithFullNumbersOnlyForWriters() throws Exception {
        List<Object> headers = with(PERSON, "Mã tổ chức có nguồn", "Ngày đưa vào nguồn", "Nguồn giới thiệu",
                "Diện ưu tiên");
        String mai = nationalId();
        api.upload(ward, "/api/v1/imports/prospects", "nguon.xlsx", Sheets.workbook("Nguồn kết nạp", List.of(headers,
                with(person("Mai Thị Nguồn", mai), tree.cellA1(), today.minusMonths(3), "YOUTH_UNION",
                        "Đoàn viên; trí thức trẻ"),
                with(person("Hà Thị Sản", nationalId()), tree.cellA2(), today.minusMonths(2), "CELL",
                        "GOOD_PRODUCER"))))
                .andExpect(status().isOk());

        List<List<String>> all = rows(body(api.get(ward, "/prospects?organization={o}&format=xlsx", tree.communeA())),
                "Họ và tên");
        assertThat(all).extracting(r -> r.get(0)).containsExactly("Mai Thị Nguồn", "Hà Thị Sản");
        assertThat(all.get(0).get(2)).isEqualTo(mai);
        assertThat(all.get(0).get(7)).contains("Đoàn viên");
        List<List<String>> youth = rows(body(api.get(ward,
                "/api/v1/prospects?organization={o}&channel=YOUTH_UNION&format=xlsx", tree.communeA())), "Họ và tên");
        assertThat(youth).extracting(r -> r.get(0)).containsExactly("Mai Thị Nguồn");
        assertThat(exportsRecorded(ward, "prospects")).isEqualTo(2);

        String viewer = fixtures.user(Role.VIEWER, tree.communeA());
        List<List<String>> seen = rows(body(api.get(viewer, "/prospects?organization={o}&format=xlsx",
                tree.communeA())), "Họ và tên");
        assertThat(seen.get(0).get(2)).isNotEqualTo(mai).contains("*");

        api.get(ward, "/api/v1/prospects?organization={o}", tree.communeA()).andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(2)).andExpect(jsonPath("$.items[0].channel").value("YOUTH_UNION"));
        api.get(ward, "/api/v1/prospects?organization={o}&channel=POST", tree.communeA())
                .andExpect(status().isBadRequest());
    }

    @Test
    void anotherCommunesListIsNotExported() throws Exception {
        String other = fixtures.user(Role.COMMITTEE, tree.communeB());
        for (String url : List.of("/prospects?organization={o}&format=xlsx", "/dossiers?organization={o}&format=xlsx",
                "/api/v1/prospects?organization={o}&format=xlsx", "/api/v1/dossiers?organization={o}&format=xlsx",
                "/api/v1/organizations?under={o}&format=xlsx", "/organizations/{o}?format=xlsx")) {
            int code = api.get(other, url, tree.communeA()).andReturn().getResponse().getStatus();
            assertThat(code).as(url).isIn(403, 404);
        }
    }

    @Test
    void theClassListAndAClassesParticipantsAreExportedWithTheirCertificates() throws Exception {
        List<Object> headers = with(row("Mã đơn vị tổ chức lớp", "Tên lớp", "Ngày khai giảng", "Ngày bế giảng"),
                with(PERSON, "Hoàn thành", "Số giấy chứng nhận", "Ngày cấp giấy chứng nhận").toArray());
        LocalDate start = today.minusMonths(2);
        String name = "Lớp nhận thức " + tree.prefix();
        api.upload(ward, "/api/v1/imports/participants", "lop.xlsx", Sheets.workbook("Học viên", List.of(headers,
                with(row(tree.communeA(), name, start, start.plusDays(4)), with(person("Lý Thị Học", nationalId()),
                        "Có", "GCN-" + tree.prefix() + "-1", start.plusDays(7)).toArray()),
                with(row(tree.communeA(), name, start, start.plusDays(4)), with(person("Vi Thị Chưa", nationalId()),
                        "Không", null, null).toArray()))))
                .andExpect(status().isOk());

        List<List<String>> classes = rows(body(api.get(ward, "/api/v1/classes?organization={o}&from={f}&to={t}&format=xlsx",
                tree.communeA(), start.minusDays(1).toString(), today.toString())), "Tên lớp");
        assertThat(classes).hasSize(1);
        assertThat(classes.get(0)).startsWith(name).contains("2", "1");
        long classId = ((Number) Json.read(api.get(ward, "/api/v1/classes?organization={o}&from={f}&to={t}",
                tree.communeA(), start.minusDays(1).toString(), today.toString()), "$.items[0].id")).longValue();

        List<List<String>> participants = rows(body(api.get(ward, "/classes/" + classId + "?format=xlsx")), "STT");
        assertThat(participants).extracting(r -> r.get(1)).containsExactlyInAnyOrder("Lý Thị Học", "Vi Thị Chưa");
        assertThat(participants).filteredOn(r -> r.get(1).equals("Lý Thị Học")).singleElement()
                .satisfies(r -> assertThat(r).contains("Hoàn thành", "GCN-" + tree.prefix() + "-1"));
        assertThat(rows(body(api.get(ward, "/api/v1/classes/" + classId + "/participants?format=xlsx")), "STT"))
                .hasSize(2);
    }

    @Test
    void theWorklistExportsItsDossiersWithTheNextStepAndWhoDoesIt() throws Exception {
        String id = nationalId();
        String person = Json.read(api.post(ward, "/api/v1/people", """
                {"fullName": "Đinh Thị Hồ Sơ", "birthDate": "2001-04-20", "gender": "FEMALE", "nationalId": "%s",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(id, tree.cellA1())).andExpect(status().isCreated()), "$.id").toString();
        api.post(ward, "/api/v1/dossiers", "{\"personId\": %s, \"cellCode\": \"%s\"}".formatted(person, tree.cellA1()))
                .andExpect(status().isCreated());

        List<List<String>> dossiers = rows(body(api.get(ward, "/dossiers?organization={o}&format=xlsx",
                tree.communeA())), "Họ và tên");
        assertThat(dossiers).hasSize(1);
        assertThat(dossiers.get(0).get(0)).isEqualTo("Đinh Thị Hồ Sơ");
        assertThat(dossiers.get(0).get(3)).isNotBlank();
        assertThat(rows(body(api.get(ward, "/api/v1/dossiers?organization={o}&format=xlsx", tree.communeA())),
                "Họ và tên")).hasSize(1);
        assertThat(rows(body(api.get(ward, "/api/v1/dossiers?organization={o}&state=STOPPED&format=xlsx",
                tree.communeA())), "Họ và tên")).isEmpty();
    }

    @Test
    void theTreeOfACommuneIsExportedParentsFirstAndImportedAgainChangesNothing() throws Exception {
        byte[] exported = body(api.get(ward, "/organizations/{o}?format=xlsx", tree.communeA()));
        List<List<String>> lines = rows(exported, "Mã tổ chức");
        assertThat(lines).extracting(r -> r.get(0)).containsExactly(tree.communeA(), tree.cellA1(), tree.cellA2());
        assertThat(lines.get(0).get(3)).isEqualTo(tree.province());
        assertThat(lines.get(1).get(3)).isEqualTo(tree.communeA());

        api.upload(ward, "/api/v1/imports/organizations", "cay.xlsx", exported).andExpect(status().isOk())
                .andExpect(jsonPath("$.stored.created").value(0)).andExpect(jsonPath("$.stored.unchanged").value(3));
        assertThat(rows(body(api.get(ward, "/api/v1/organizations?under={o}&format=xlsx", tree.communeA())),
                "Mã tổ chức")).hasSize(3);
    }
}

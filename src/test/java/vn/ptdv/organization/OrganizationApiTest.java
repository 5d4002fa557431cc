package vn.ptdv.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;

@IntegrationTest
class OrganizationApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MutableClock clock;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    long organizationCount() {
        return jdbc.sql("SELECT COUNT(*) FROM organization").query(Long.class).single();
    }

    @Test
    void aDepartmentAddsACellUnderACommuneAndReadsItBack() throws Exception {
        api.post(department, "/api/v1/organizations", """
                {"code": "%s-A-3", "name": "Chi bộ  Khu phố Tây", "type": "CELL", "parentCode": "%s", "cellKind": "RESIDENTIAL"}
                """.formatted(tree.prefix(), tree.communeA()))
                .andExpect(status().isCreated())
                .andExpect(header().string("Location", "/api/v1/organizations/" + tree.prefix() + "-A-3"))
                .andExpect(jsonPath("$.name").value("Chi bộ Khu phố Tây"))
                .andExpect(jsonPath("$.parentCode").value(tree.communeA()))
                .andExpect(jsonPath("$.path", contains(tree.province(), tree.communeA(), tree.prefix() + "-A-3")));

        api.get(department, "/api/v1/organizations/{code}", tree.prefix() + "-A-3")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.type").value("CELL"))
                .andExpect(jsonPath("$.cellKind").value("RESIDENTIAL"));
    }

    @Test
    void theSubtreeOfAnOrganizationListsItAndEverythingUnderIt() throws Exception {
        api.get(department, "/api/v1/organizations?under={code}", tree.communeA())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(3))
                .andExpect(jsonPath("$.items[0].code").value(tree.communeA()))
                .andExpect(jsonPath("$.items[*].code", hasItem(tree.cellA1())))
                .andExpect(jsonPath("$.items[*].code", hasItem(tree.cellA2())));

        api.get(department, "/api/v1/organizations?under={code}&size=4&page=1", tree.province())
                .andExpect(jsonPath("$.total").value(10))
                .andExpect(jsonPath("$.items", hasSize(4)));
    }

    @Test
    void searchIgnoresAccentsAndCase() throws Exception {
        api.get(department, "/api/v1/organizations?q=hoa binh")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", contains(tree.communeA())));
        api.get(department, "/api/v1/organizations?q=THÔN TÂY")
                .andExpect(jsonPath("$.items[*].code", contains(tree.cellB1())));
    }

    @Test
    void anUnknownParentIsRefusedWithAVietnameseProblemAndNothingIsStored() throws Exception {
        long before = organizationCount();
        api.post(department, "/api/v1/organizations", """
                {"code": "%s-X", "name": "Chi bộ mới", "type": "CELL", "parentCode": "KHONG-CO"}
                """.formatted(tree.prefix()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Dữ liệu không hợp lệ"))
                .andExpect(jsonPath("$.detail", containsString("không tìm thấy \"KHONG-CO\"")))
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"))
                .andExpect(jsonPath("$.errors[0].message")
                        .value("Tổ chức cấp trên: không tìm thấy \"KHONG-CO\" trong phạm vi của đồng chí."));
        assertThat(organizationCount()).isEqualTo(before);
    }

    @Test
    void aMalformedDateIsABadRequestQuotingTheInput() throws Exception {
        long before = organizationCount();
        api.post(department, "/api/v1/organizations", """
                {"code": "%s-X", "name": "Chi bộ mới", "type": "CELL", "parentCode": "%s", "establishedOn": "2023-02-29"}
                """.formatted(tree.prefix(), tree.communeA()))
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("establishedOn"))
                .andExpect(jsonPath("$.errors[0].message").value(
                        "Ngày thành lập: ngày \"2023-02-29\" không có thật: tháng 2 năm 2023 chỉ có 28 ngày."));
        assertThat(organizationCount()).isEqualTo(before);
    }

    @Test
    void everyProblemOfARequestIsReportedAtOnce() throws Exception {
        api.post(department, "/api/v1/organizations", """
                {"code": "ab c", "name": " ", "type": "CHI_BO", "parentCode": "%s"}
                """.formatted(tree.communeA()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", contains("code", "name", "type")))
                .andExpect(jsonPath("$.errors[0].message", containsString("chữ in hoa không dấu")))
                .andExpect(jsonPath("$.errors[1].message").value("Tên tổ chức: bắt buộc nhập."))
                .andExpect(jsonPath("$.errors[2].message", containsString("\"CHI_BO\" không hợp lệ")));
    }

    @Test
    void aCodeIsUniqueAcrossTheInstallation() throws Exception {
        api.post(department, "/api/v1/organizations", """
                {"code": "%s", "name": "Chi bộ trùng mã", "type": "CELL", "parentCode": "%s"}
                """.formatted(tree.cellB1(), tree.communeA()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("code"))
                .andExpect(jsonPath("$.errors[0].message", containsString("đã được dùng")));
    }

    @Test
    void aCellHasNoChildren() throws Exception {
        api.post(department, "/api/v1/organizations", """
                {"code": "%s-A-1-X", "name": "Tổ đảng", "type": "CELL", "parentCode": "%s"}
                """.formatted(tree.prefix(), tree.cellA1()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message",
                        containsString("dưới \"Chi bộ trực thuộc\" không được đặt tổ chức loại \"Chi bộ trực thuộc\"")));
    }

    @Test
    void onlyAnAdministratorCreatesARootAndOnlyOfACentralOrProvincialType() throws Exception {
        api.post(department, "/api/v1/organizations", """
                {"code": "%s-ROOT", "name": "Đảng bộ tỉnh khác", "type": "PROVINCIAL"}
                """.formatted(tree.prefix()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("chỉ quản trị hệ thống mới được tạo")));

        String admin = fixtures.user(Role.ADMIN, null);
        api.post(admin, "/api/v1/organizations", """
                {"code": "%s-ROOT", "name": "Đảng bộ xã mồ côi", "type": "GRASSROOTS_COMMITTEE"}
                """.formatted(tree.prefix()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
        api.post(admin, "/api/v1/organizations", """
                {"code": "%s-ROOT", "name": "Đảng bộ tỉnh Mới", "type": "PROVINCIAL"}
                """.formatted(tree.prefix()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.parentCode").doesNotExist());
    }

    @Test
    void aRenameKeepsTheCodeAndAStaleVersionIsAConflict() throws Exception {
        api.patch(department, "/api/v1/organizations/" + tree.cellA1(), """
                {"name": "Chi bộ Khu phố Đông Hòa", "version": 0}
                """)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.name").value("Chi bộ Khu phố Đông Hòa"))
                .andExpect(jsonPath("$.code").value(tree.cellA1()))
                .andExpect(jsonPath("$.version").value(1));

        api.patch(department, "/api/v1/organizations/" + tree.cellA1(), """
                {"name": "Tên cũ hơn", "version": 0}
                """)
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail", containsString("vừa được người khác thay đổi")));
    }

    @Test
    void aMovedCellBelongsToItsOldCommuneBeforeTheEffectiveDateAndToTheNewOneFromIt() throws Exception {
        String effective = LocalDate.now(clock).minusDays(10).toString();
        String dayBefore = LocalDate.now(clock).minusDays(11).toString();
        api.patch(department, "/api/v1/organizations/" + tree.cellA2(), """
                {"parentCode": "%s", "effectiveDate": "%s"}
                """.formatted(tree.communeB(), effective))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.parentCode").value(tree.communeB()));

        api.get(department, "/api/v1/organizations?under={code}&date={date}", tree.communeA(), dayBefore)
                .andExpect(jsonPath("$.items[*].code", hasItem(tree.cellA2())));
        api.get(department, "/api/v1/organizations?under={code}&date={date}", tree.communeA(), effective)
                .andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.not(hasItem(tree.cellA2()))));
        api.get(department, "/api/v1/organizations?under={code}&date={date}", tree.communeB(), effective)
                .andExpect(jsonPath("$.items[*].code", hasItem(tree.cellA2())));
        api.get(department, "/api/v1/organizations?under={code}&date={date}", tree.communeB(), dayBefore)
                .andExpect(jsonPath("$.items[*].code", org.hamcrest.Matchers.not(hasItem(tree.cellA2()))));
        // The province holds the cell on every date.
        api.get(department, "/api/v1/organizations?under={code}&date={date}&size=100", tree.province(), dayBefore)
                .andExpect(jsonPath("$.items[*].code", hasItem(tree.cellA2())));
    }

    @Test
    void movingACommuneTakesItsCellsAlong() throws Exception {
        api.patch(department, "/api/v1/organizations/" + tree.communeB(), """
                {"parentCode": "%s"}
                """.formatted(tree.bloc()))
                .andExpect(status().isOk());
        api.get(department, "/api/v1/organizations?under={code}", tree.bloc())
                .andExpect(jsonPath("$.items[*].code", hasItem(tree.cellB2())));
        api.get(department, "/api/v1/organizations/{code}", tree.cellB2())
                .andExpect(jsonPath("$.path", contains(tree.province(), tree.bloc(), tree.communeB(), tree.cellB2())));
    }

    @Test
    void anOrganizationCannotMoveUnderItsOwnDescendant() throws Exception {
        api.patch(department, "/api/v1/organizations/" + tree.bloc(), """
                {"parentCode": "%s"}
                """.formatted(tree.agency()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
    }

    @Test
    void aMoveCannotBeDatedInTheFuture() throws Exception {
        api.patch(department, "/api/v1/organizations/" + tree.cellA2(), """
                {"parentCode": "%s", "effectiveDate": "%s"}
                """.formatted(tree.communeB(), LocalDate.now(clock).plusDays(1)))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("effectiveDate"));
    }

    @Test
    void aTypeChangeMustFitTheParentAndTheChildren() throws Exception {
        api.patch(department, "/api/v1/organizations/" + tree.communeA(), """
                {"type": "GRASSROOTS_CELL"}
                """)
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("không được đặt dưới loại đó")));
    }

    @Test
    void theApiNeedsCredentials() throws Exception {
        mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
                        .get("/api/v1/organizations/{code}", tree.province()))
                .andExpect(status().isUnauthorized())
                .andExpect(header().string("WWW-Authenticate", containsString("Basic")))
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"));
    }

    @Test
    void malformedJsonIsABadRequest() throws Exception {
        api.post(department, "/api/v1/organizations", "{\"code\": ")
                .andExpect(status().isBadRequest())
                .andExpect(content().contentType("application/problem+json"))
                .andExpect(jsonPath("$.title").value("Nội dung yêu cầu không đọc được"));
    }
}

package vn.ptdv.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

@IntegrationTest
class OrganizationPagesTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationDirectory organizations;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    @Test
    void theTreePageIsVietnameseAndStartsAtTheUsersOrganization() throws Exception {
        mvc.perform(get("/organizations").with(api.as(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("<html lang=\"vi\">"),
                        containsString("Cây tổ chức đảng"),
                        containsString("Đảng bộ tỉnh Thử Nghiệm " + tree.prefix()),
                        containsString("Đảng bộ phường Hòa Bình " + tree.prefix()),
                        containsString("(2 trực thuộc)"))));
    }

    @Test
    void searchOnThePageFindsHoaBinhWithoutAccents() throws Exception {
        mvc.perform(get("/organizations").param("q", "phuong hoa binh " + tree.prefix().toLowerCase()).with(api.as(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Có 1 tổ chức khớp"),
                        containsString("Đảng bộ phường Hòa Bình " + tree.prefix()))));
    }

    @Test
    void theDetailsPageShowsThePathTheChildrenAndTheDates() throws Exception {
        mvc.perform(get("/organizations/{code}", tree.communeA()).with(api.as(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Tổ chức trực thuộc (2)"),
                        containsString("Chi bộ Khu phố Đông " + tree.prefix()),
                        containsString("Từ 03/02/1930"),
                        containsString("Thêm tổ chức trực thuộc"))));
    }

    @Test
    void aRefusedFormKeepsTheInputAndShowsEachErrorUnderItsField() throws Exception {
        mvc.perform(post("/organizations/new").with(api.as(department)).with(csrf())
                        .param("parentCode", tree.communeA()).param("code", "sai ma").param("name", "Chi bộ Mới")
                        .param("type", "CELL").param("establishedOn", "31/02/2021"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("Chưa lưu được: có 2 lỗi"),
                        containsString("Mã &quot;sai ma&quot; không hợp lệ"),
                        containsString("Ngày &quot;31/02/2021&quot; không có thật: tháng 2 năm 2021 chỉ có 28 ngày."),
                        containsString("value=\"Chi bộ Mới\""))));
        assertThat(organizations.findByCode("sai ma")).isEmpty();
    }

    @Test
    void aValidFormAddsTheOrganizationAndOpensIt() throws Exception {
        String code = tree.prefix() + "-A-7";
        mvc.perform(post("/organizations/new").with(api.as(department)).with(csrf())
                        .param("parentCode", tree.communeA()).param("code", code).param("name", "Chi bộ Khu phố 7")
                        .param("type", "CELL").param("cellKind", "RESIDENTIAL").param("establishedOn", "15/3/2024"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organizations/" + code));
        mvc.perform(get("/organizations/{code}", code).with(api.as(department)))
                .andExpect(content().string(allOf(containsString("15/03/2024"), containsString("Khu dân cư"))));
    }

    @Test
    void aMoveThroughTheWizardIsPreviewedThenTakesEffectOnTheGivenDay() throws Exception {
        mvc.perform(post("/restructurings/preview").with(api.as(department)).with(csrf())
                        .param("type", "MOVE").param("organizationCode", tree.cellA2())
                        .param("newParentCode", tree.communeB()).param("effectiveDate", "01/07/2025")
                        .param("directive", "Quyết định số 5-QĐ/TU"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Xem trước việc sắp xếp")));
        mvc.perform(post("/restructurings").with(api.as(department)).with(csrf())
                        .param("type", "MOVE").param("organizationCode", tree.cellA2())
                        .param("newParentCode", tree.communeB()).param("effectiveDate", "01/07/2025")
                        .param("directive", "Quyết định số 5-QĐ/TU"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/organizations/{code}", tree.cellA2()).with(api.as(department)))
                .andExpect(content().string(allOf(
                        containsString("Từ 01/07/2025: Đảng bộ xã An Phú " + tree.prefix()),
                        containsString("Từ 03/02/1930 đến 30/06/2025: Đảng bộ phường Hòa Bình " + tree.prefix()),
                        containsString("Quyết định số 5-QĐ/TU"))));
    }

    @Test
    void aRefusedRestructuringShowsItsProblemsOnTheWizard() throws Exception {
        mvc.perform(post("/restructurings/preview").with(api.as(department)).with(csrf())
                        .param("type", "DISSOLVE").param("organizationCode", tree.communeA())
                        .param("effectiveDate", "31/02/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa lưu được"),
                        containsString("Ngày &quot;31/02/2024&quot; không có thật"))));
        mvc.perform(post("/restructurings/preview").with(api.as(department)).with(csrf())
                        .param("type", "DISSOLVE").param("organizationCode", tree.communeA())
                        .param("effectiveDate", "01/02/2024"))
                .andExpect(content().string(containsString("còn 2 tổ chức trực thuộc")));
    }

    @Test
    void unTickingTheDelegationOnTheEditPageWithdrawsIt() throws Exception {
        mvc.perform(post("/organizations/{code}/edit", tree.communeA()).with(api.as(department)).with(csrf())
                        .param("name", "Đảng bộ phường Hòa Bình " + tree.prefix()).param("type", "GRASSROOTS_COMMITTEE")
                        .param("cellKind", "").param("delegatedAdmission", "true").param("_delegatedAdmission", "on")
                        .param("version", "0"))
                .andExpect(status().is3xxRedirection());
        api.get(department, "/api/v1/organizations/{code}", tree.communeA())
                .andExpect(jsonPath("$.delegatedAdmission").value(true));
        mvc.perform(post("/organizations/{code}/edit", tree.communeA()).with(api.as(department)).with(csrf())
                        .param("name", "Đảng bộ phường Hòa Bình " + tree.prefix()).param("type", "GRASSROOTS_COMMITTEE")
                        .param("cellKind", "").param("_delegatedAdmission", "on").param("version", "1"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organizations/" + tree.communeA()));
        api.get(department, "/api/v1/organizations/{code}", tree.communeA())
                .andExpect(jsonPath("$.delegatedAdmission").value(false));
    }

    @Test
    void aSplitThroughTheWizardSendsEachChildToTheRowItWasGiven() throws Exception {
        String created = tree.prefix() + "-A-MOI";
        mvc.perform(post("/restructurings").with(api.as(department)).with(csrf())
                        .param("type", "SPLIT").param("organizationCode", tree.communeA())
                        .param("effectiveDate", "01/07/2025")
                        .param("splitCodes[0]", tree.communeB())
                        .param("splitCodes[1]", created).param("splitNames[1]", "Đảng bộ phường Mới " + tree.prefix())
                        .param("splitTypes[1]", "GRASSROOTS_COMMITTEE")
                        .param("childRows[" + tree.cellA2() + "]", "2"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/organizations/" + tree.communeA()));
        api.get(department, "/api/v1/organizations/{code}", tree.cellA1())
                .andExpect(jsonPath("$.parentCode").value(tree.communeB()));
        api.get(department, "/api/v1/organizations/{code}", tree.cellA2())
                .andExpect(jsonPath("$.parentCode").value(created));
        api.get(department, "/api/v1/organizations/{code}", created)
                .andExpect(jsonPath("$.parentCode").value(tree.province()));
    }

    @Test
    void aRefusedSplitShowsTheWizardAgainWithItsRows() throws Exception {
        mvc.perform(post("/restructurings/preview").with(api.as(department)).with(csrf())
                        .param("type", "SPLIT").param("organizationCode", tree.communeA())
                        .param("effectiveDate", "01/07/2025").param("splitCodes[0]", "KHONG-CO")
                        .param("splitCodes[1]", tree.communeB()).param("childRows[" + tree.cellA2() + "]", "2"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Chưa lưu được"),
                        containsString("KHONG-CO"), containsString("value=\"" + tree.communeB() + "\""),
                        containsString("<option value=\"2\" selected=\"selected\""))));
    }

    @Test
    void formsNeedTheCsrfToken() throws Exception {
        mvc.perform(post("/organizations/new").with(api.as(department))
                        .param("parentCode", tree.communeA()).param("code", tree.prefix() + "-Z").param("name", "Chi bộ Z")
                        .param("type", "CELL"))
                .andExpect(status().isForbidden());
        assertThat(organizations.findByCode(tree.prefix() + "-Z")).isEmpty();
    }

    @Test
    void suggestionsOfferOrganizationsOfTheScopeAsTheUserTypes() throws Exception {
        String committee = fixtures.user(Role.COMMITTEE, tree.communeA());
        mvc.perform(get("/organizations/suggestions").param("parentCode", "khu pho dong " + tree.prefix())
                        .with(api.as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("value=\"" + tree.cellA1() + "\"")));
        mvc.perform(get("/organizations/suggestions").param("parentCode", "thon tay " + tree.prefix())
                        .with(api.as(committee)))
                .andExpect(content().string(not(containsString(tree.cellB1()))));
    }

    @Test
    void pagesNeedASignedInUser() throws Exception {
        mvc.perform(get("/organizations")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
        mvc.perform(get("/login")).andExpect(status().isOk())
                .andExpect(content().string(containsString("Tên đăng nhập")));
        mvc.perform(get("/actuator/health")).andExpect(status().isOk());
    }
}

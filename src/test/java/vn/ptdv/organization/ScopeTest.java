package vn.ptdv.organization;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/** Every page and API call checks the user's scope on the server, whatever links the pages show. */
@IntegrationTest
class ScopeTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String communeA;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        communeA = fixtures.user(Role.COMMITTEE, tree.communeA());
    }

    @Test
    void aUserOfCommuneAGetsNotFoundForCommuneBByPageUrl() throws Exception {
        mvc.perform(get("/organizations/{code}", tree.communeB()).with(api.as(communeA)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("trong phạm vi của đồng chí")));
        mvc.perform(get("/organizations/{code}", tree.cellB1()).with(api.as(communeA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organizations/{code}/children", tree.communeB()).with(api.as(communeA)))
                .andExpect(status().isNotFound());
        mvc.perform(get("/organizations/{code}", tree.cellA1()).with(api.as(communeA)))
                .andExpect(status().isOk());
    }

    @Test
    void aUserOfCommuneAGetsNotFoundForCommuneBByApi() throws Exception {
        api.get(communeA, "/api/v1/organizations/{code}", tree.communeB()).andExpect(status().isNotFound());
        api.get(communeA, "/api/v1/organizations?under={code}", tree.communeB()).andExpect(status().isNotFound());
        api.get(communeA, "/api/v1/organizations?under={code}", tree.province()).andExpect(status().isNotFound());
        api.patch(communeA, "/api/v1/organizations/" + tree.cellB1(), "{\"name\": \"Chiếm\"}")
                .andExpect(status().isNotFound());
        api.post(communeA, "/api/v1/organizations", """
                {"code": "%s-B-9", "name": "Chi bộ lạ", "type": "CELL", "parentCode": "%s"}
                """.formatted(tree.prefix(), tree.communeB()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("parentCode"));
    }

    @Test
    void listsAndSearchesStayInsideTheScope() throws Exception {
        api.get(communeA, "/api/v1/organizations")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.items[*].code", everyItem(startsWith(tree.communeA()))));
        api.get(communeA, "/api/v1/organizations?q={q}", tree.prefix())
                .andExpect(jsonPath("$.items[*].code", hasItem(tree.cellA1())))
                .andExpect(jsonPath("$.items[*].code", not(hasItem(tree.cellB1()))));
    }

    @Test
    void aCommitteeAddsCellsUnderItsOwnCommuneButDoesNotEditTheCommuneItself() throws Exception {
        api.post(communeA, "/api/v1/organizations", """
                {"code": "%s-A-9", "name": "Chi bộ Khu phố 9", "type": "CELL", "parentCode": "%s"}
                """.formatted(tree.prefix(), tree.communeA()))
                .andExpect(status().isCreated());
        api.patch(communeA, "/api/v1/organizations/" + tree.communeA(), "{\"name\": \"Tự đổi tên\"}")
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("chính tổ chức mà tài khoản mình thuộc về")));
    }

    @Test
    void aViewerChangesNothing() throws Exception {
        String viewer = fixtures.user(Role.VIEWER, tree.province());
        api.get(viewer, "/api/v1/organizations/{code}", tree.cellB1()).andExpect(status().isOk());
        api.post(viewer, "/api/v1/organizations", """
                {"code": "%s-A-8", "name": "Chi bộ Khu phố 8", "type": "CELL", "parentCode": "%s"}
                """.formatted(tree.prefix(), tree.communeA()))
                .andExpect(status().isForbidden())
                .andExpect(content().contentType("application/problem+json"));
        api.patch(viewer, "/api/v1/organizations/" + tree.cellA1(), "{\"name\": \"Đổi\"}")
                .andExpect(status().isForbidden());
        mvc.perform(get("/organizations/new").param("parent", tree.communeA()).with(api.as(viewer)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/organizations/{code}/edit", tree.cellA1()).with(api.as(viewer)).with(csrf())
                        .param("name", "Đổi").param("type", "CELL").param("version", "0"))
                .andExpect(status().isForbidden());
    }

    @Test
    void aCellSecretarySeesOnlyTheirCell() throws Exception {
        String secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
        api.get(secretary, "/api/v1/organizations/{code}", tree.cellA1()).andExpect(status().isOk());
        api.get(secretary, "/api/v1/organizations/{code}", tree.cellA2()).andExpect(status().isNotFound());
        api.get(secretary, "/api/v1/organizations/{code}", tree.communeA()).andExpect(status().isNotFound());
        mvc.perform(get("/organizations").with(api.as(secretary)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tree.cellA1())))
                .andExpect(content().string(not(containsString(tree.cellA2()))));
    }

    @Test
    void accountsOfAnotherCommuneAreOutOfReach() throws Exception {
        String communeB = fixtures.user(Role.COMMITTEE, tree.communeB());
        String secretaryB = fixtures.user(Role.CELL_SECRETARY, tree.cellB1());
        api.get(communeA, "/api/v1/users/{username}", secretaryB).andExpect(status().isNotFound());
        api.get(communeB, "/api/v1/users/{username}", secretaryB).andExpect(status().isOk());
        api.get(communeA, "/api/v1/users").andExpect(jsonPath("$.items[*].username", not(hasItem(secretaryB))));
        mvc.perform(get("/users/{username}", secretaryB).with(api.as(communeA))).andExpect(status().isNotFound());
    }

    @Test
    void onlyManagersOpenTheAccountPagesAndOnlyDepartmentsTheAuditLog() throws Exception {
        String secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
        mvc.perform(get("/users").with(api.as(secretary))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(api.as(secretary))).andExpect(status().isForbidden());
        mvc.perform(get("/audit").with(api.as(communeA))).andExpect(status().isForbidden());
        String department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        mvc.perform(get("/audit").with(api.as(department))).andExpect(status().isOk());
    }
}

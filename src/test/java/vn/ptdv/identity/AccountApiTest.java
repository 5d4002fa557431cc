package vn.ptdv.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
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
import vn.ptdv.support.MutableClock;

@IntegrationTest
class AccountApiTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aDepartmentCreatesACellSecretaryWhoThenSignsInToTheApi() throws Exception {
        String username = fixtures.uniquePrefix().toLowerCase() + ".bithu";
        api.post(department, "/api/v1/users", """
                {"username": "%s", "password": "Bi-thu-2026", "fullName": "Nguyễn Văn An", "role": "CELL_SECRETARY",
                 "organizationCode": "%s"}
                """.formatted(username, tree.cellA1()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.username").value(username))
                .andExpect(jsonPath("$.role").value("CELL_SECRETARY"))
                .andExpect(jsonPath("$.organizationCode").value(tree.cellA1()));

        mvc.perform(get("/api/v1/me").with(httpBasic(username, "Bi-thu-2026")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.fullName").value("Nguyễn Văn An"));
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = :u").param("u", username)
                .query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain("Bi-thu-2026");
    }

    @Test
    void aManagerGrantsOnlyRolesNarrowerThanItsOwn() throws Exception {
        api.post(department, "/api/v1/users", """
                {"username": "%s", "password": "mat-khau-dai", "fullName": "Ai Đó", "role": "ORG_DEPARTMENT",
                 "organizationCode": "%s"}
                """.formatted(fixtures.uniquePrefix().toLowerCase(), tree.communeA()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("role"))
                .andExpect(jsonPath("$.errors[0].message", containsString("\"Ban Tổ chức\"")));
    }

    @Test
    void badAccountInputIsRefusedFieldByField() throws Exception {
        api.post(department, "/api/v1/users", """
                {"username": "Bi Thu", "password": "ngan", "fullName": "", "role": "CELL_SECRETARY",
                 "organizationCode": "%s"}
                """.formatted(tree.communeA()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("username"))
                .andExpect(jsonPath("$.errors[1].field").value("fullName"))
                .andExpect(jsonPath("$.errors[2].field").value("password"))
                .andExpect(jsonPath("$.errors[2].message").value("Mật khẩu: mật khẩu phải dài từ 10 đến 64 ký tự."))
                .andExpect(jsonPath("$.errors.length()").value(3));
        // Malformed input is answered first; the same account, well formed, meets the rules of the role.
        api.post(department, "/api/v1/users", """
                {"username": "%s", "password": "mat-khau-dai", "fullName": "Bí Thư", "role": "CELL_SECRETARY",
                 "organizationCode": "%s"}
                """.formatted(fixtures.uniquePrefix().toLowerCase(), tree.communeA()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organizationCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("phải thuộc một chi bộ")));
    }

    @Test
    void anAccountOutsideTheScopeCannotBeCreated() throws Exception {
        String committee = fixtures.user(Role.COMMITTEE, tree.communeA());
        api.post(committee, "/api/v1/users", """
                {"username": "%s", "password": "mat-khau-dai", "fullName": "Ai Đó", "role": "VIEWER",
                 "organizationCode": "%s"}
                """.formatted(fixtures.uniquePrefix().toLowerCase(), tree.communeB()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("organizationCode"));
        String viewer = fixtures.user(Role.VIEWER, tree.province());
        api.post(viewer, "/api/v1/users", "{}").andExpect(status().isForbidden());
    }

    @Test
    void aDisabledAccountCannotSignIn() throws Exception {
        String secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
        api.patch(department, "/api/v1/users/" + secretary, "{\"enabled\": false}")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.enabled").value(false));
        mvc.perform(get("/api/v1/me").with(httpBasic(secretary, Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("đã bị khóa")));
        // Without its password, a disabled account answers like any wrong name or password.
        mvc.perform(get("/api/v1/me").with(httpBasic(secretary, "khong-dung-1")))
                .andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", org.hamcrest.Matchers.not(containsString("đã bị khóa"))));
    }

    @Test
    void nobodyDemotesThemselves() throws Exception {
        api.patch(department, "/api/v1/users/" + department, "{\"role\": \"VIEWER\"}")
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].message", containsString("không được tự đổi vai trò")));
    }
}

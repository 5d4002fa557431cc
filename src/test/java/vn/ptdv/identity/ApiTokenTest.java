package vn.ptdv.identity;

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
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;

@IntegrationTest
class ApiTokenTest {
    private static final Pattern TOKEN = Pattern.compile("ptdv_[A-Za-z0-9_-]{43}");
    private static final DateTimeFormatter PAGE_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

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
    String committee;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        committee = fixtures.user(Role.COMMITTEE, tree.communeA());
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private ResultActions createOnPage(String username, String name, String expiresOn) throws Exception {
        return mvc.perform(post("/account/tokens").with(api.as(username)).with(csrf())
                .param("name", name).param("expiresOn", expiresOn == null ? "" : expiresOn));
    }

    /** Creates a token on the account page and returns its text, read from the page that answers. */
    private String create(String username, String name, String expiresOn) throws Exception {
        String page = createOnPage(username, name, expiresOn).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher token = TOKEN.matcher(page);
        assertThat(token.find()).as("the new token is shown on the page that answers").isTrue();
        return token.group();
    }

    private ResultActions callWith(String token, String url) throws Exception {
        return mvc.perform(get(url).header("Authorization", "Bearer " + token));
    }

    private long idOf(String username, String name) {
        return jdbc.sql("SELECT t.id FROM api_token t JOIN app_user u ON u.id = t.user_id"
                + " WHERE u.username = :u AND t.name = :n").param("u", username).param("n", name)
                .query(Long.class).single();
    }

    private List<String> audit(String action, long tokenId) {
        return jdbc.sql("SELECT username || ' ' || details FROM audit_log WHERE action = :a AND entity_key = :k")
                .param("a", action).param("k", String.valueOf(tokenId)).query(String.class).list();
    }

    @Test
    void aTokenCreatedOnTheAccountPageIsShownOnceAndSignsInToTheApiAsItsAccount() throws Exception {
        String token = create(committee, "Báo cáo tuần", null);

        callWith(token, "/api/v1/me").andExpect(status().isOk())
                .andExpect(jsonPath("$.username").value(committee))
                .andExpect(jsonPath("$.organizationCode").value(tree.communeA()));
        mvc.perform(get("/account/tokens").with(api.as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Báo cáo tuần")))
                .andExpect(content().string(containsString("Đang dùng được")))
                .andExpect(content().string(not(containsString(token))));
        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE id = :id")
                .param("id", idOf(committee, "Báo cáo tuần")).query(String.class).single();
        assertThat(stored).hasSize(64).doesNotContain(token.substring(5));
        assertThat(audit("API_TOKEN_CREATED", idOf(committee, "Báo cáo tuần")))
                .singleElement().asString().startsWith(committee + " ").contains("name=Báo cáo tuần");
    }

    @Test
    void aTokenOfACommuneSeesOnlyThatCommune() throws Exception {
        String token = create(committee, "Xã A", null);

        callWith(token, "/api/v1/organizations/" + tree.cellA1()).andExpect(status().isOk());
        callWith(token, "/api/v1/organizations/" + tree.cellB1()).andExpect(status().isNotFound())
                .andExpect(content().string(not(containsString("An Phú"))));
        callWith(token, "/api/v1/organizations?under=" + tree.communeA() + "&size=100")
                .andExpect(status().isOk())
                .andExpect(content().string(containsString(tree.cellA1())))
                .andExpect(content().string(not(containsString(tree.cellB1()))));
        callWith(token, "/api/v1/organizations?under=" + tree.communeB()).andExpect(status().isNotFound());
    }

    @Test
    void aRevokedTokenIsRefusedWithAVietnameseProblemAndTheRevocationIsAudited() throws Exception {
        String token = create(committee, "Tạm thời", null);
        long id = idOf(committee, "Tạm thời");
        callWith(token, "/api/v1/me").andExpect(status().isOk());

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(api.as(committee)).with(csrf()))
                .andExpect(status().is3xxRedirection());

        callWith(token, "/api/v1/me").andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(header().string("WWW-Authenticate", containsString("Bearer")))
                .andExpect(jsonPath("$.detail", containsString("đã bị thu hồi")));
        assertThat(audit("API_TOKEN_REVOKED", id)).singleElement().asString().startsWith(committee + " ");
        mvc.perform(get("/account/tokens").with(api.as(committee)))
                .andExpect(content().string(containsString("Đã thu hồi lúc")));
    }

    @Test
    void nobodyRevokesAnotherAccountsToken() throws Exception {
        String token = create(committee, "Của xã A", null);
        long id = idOf(committee, "Của xã A");
        String other = fixtures.user(Role.ORG_DEPARTMENT, tree.province());

        mvc.perform(post("/account/tokens/" + id + "/revoke").with(api.as(other)).with(csrf()))
                .andExpect(status().isNotFound());

        callWith(token, "/api/v1/me").andExpect(status().isOk());
        assertThat(audit("API_TOKEN_REVOKED", id)).isEmpty();
    }

    @Test
    void aTokenWorksThroughItsLastDayAndIsRefusedTheDayAfter() throws Exception {
        LocalDate today = LocalDate.now(clock);
        String token = create(committee, "Một ngày", today.format(PAGE_DATE));
        callWith(token, "/api/v1/me").andExpect(status().isOk());

        clock.advance(Duration.ofDays(1));

        callWith(token, "/api/v1/me").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("đã hết hạn sau ngày " + today.format(PAGE_DATE))));
        mvc.perform(get("/account/tokens").with(api.as(committee)))
                .andExpect(content().string(containsString("Đã hết hạn")));
    }

    @Test
    void aBadNameOrAnExpiryInThePastIsRefusedUnderItsFieldAndNothingIsStored() throws Exception {
        String yesterday = LocalDate.now(clock).minusDays(1).format(PAGE_DATE);
        createOnPage(committee, "Hôm qua", yesterday).andExpect(status().isOk())
                .andExpect(content().string(containsString("Ngày " + yesterday + " đã qua; ngày hết hạn phải từ hôm nay trở đi.")))
                .andExpect(content().string(not(containsString("ptdv_"))));
        createOnPage(committee, " ", "31/02/2027").andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"name-error\">Bắt buộc nhập.")))
                .andExpect(content().string(containsString("class=\"form-control is-invalid\" inputmode=\"numeric\"")));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = :u")
                .param("u", committee).query(Long.class).single()).isZero();
    }

    @Test
    void theApiDescriptionOffersTheTokenBesideHttpBasic() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.components.securitySchemes.token.scheme").value("bearer"))
                .andExpect(jsonPath("$.components.securitySchemes.basic.scheme").value("basic"));
    }

    @Test
    void anUnknownTokenIsRefusedWithAVietnameseProblem() throws Exception {
        callWith("ptdv_khong-co-ma-nay", "/api/v1/me").andExpect(status().isUnauthorized())
                .andExpect(content().contentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.title").value("Chưa đăng nhập"))
                .andExpect(jsonPath("$.detail", containsString("không hợp lệ")));
    }

    @Test
    void aTokenOfADisabledAccountIsRefused() throws Exception {
        String secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
        String token = create(secretary, "Bí thư", null);
        api.patch(committee, "/api/v1/users/" + secretary, "{\"enabled\": false}").andExpect(status().isOk());

        callWith(token, "/api/v1/me").andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("đã bị khóa")));
    }

    @Test
    void theLastUseIsWrittenAtMostOnceAMinuteAndTheAccountRowIsNotWritten() throws Exception {
        String token = create(committee, "Đếm", null);
        long id = idOf(committee, "Đếm");
        String accountBefore = accountRow(committee);

        callWith(token, "/api/v1/me").andExpect(status().isOk());
        OffsetDateTime first = lastUsed(id);
        clock.advance(Duration.ofSeconds(30));
        callWith(token, "/api/v1/me").andExpect(status().isOk());
        assertThat(lastUsed(id)).isEqualTo(first);
        clock.advance(Duration.ofSeconds(31));
        callWith(token, "/api/v1/me").andExpect(status().isOk());
        assertThat(lastUsed(id)).isAfter(first);

        mvc.perform(get("/api/v1/me").with(httpBasic(committee, Fixtures.PASSWORD))).andExpect(status().isOk());
        assertThat(accountRow(committee)).isEqualTo(accountBefore);
        // A script's remembered password passes without the login throttle's writes either.
        List<String> throttle = throttleRows();
        mvc.perform(get("/api/v1/me").with(httpBasic(committee, Fixtures.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(committee, Fixtures.PASSWORD))).andExpect(status().isOk());
        assertThat(throttleRows()).isEqualTo(throttle);
    }

    private List<String> throttleRows() {
        return jdbc.sql("SELECT throttle_key || ' ' || failures || ' ' || last_attempt_at FROM login_throttle"
                + " ORDER BY throttle_key").query(String.class).list();
    }

    @Test
    void httpBasicStopsAcceptingAnOldPasswordAtOnceWhenItIsChangedOnAnyInstance() throws Exception {
        String secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
        mvc.perform(get("/api/v1/me").with(httpBasic(secretary, Fixtures.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(secretary, Fixtures.PASSWORD))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(secretary, "sai-mat-khau"))).andExpect(status().isUnauthorized());

        // Another instance sets a new password: only the database changes.
        jdbc.sql("UPDATE app_user SET password_hash = '{noop}mat-khau-moi-9' WHERE username = :u")
                .param("u", secretary).update();
        mvc.perform(get("/api/v1/me").with(httpBasic(secretary, Fixtures.PASSWORD))).andExpect(status().isUnauthorized());
        mvc.perform(get("/api/v1/me").with(httpBasic(secretary, "mat-khau-moi-9"))).andExpect(status().isOk());

        // Another instance disables the account.
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = :u").param("u", secretary).update();
        mvc.perform(get("/api/v1/me").with(httpBasic(secretary, "mat-khau-moi-9"))).andExpect(status().isUnauthorized())
                .andExpect(jsonPath("$.detail", containsString("đã bị khóa")));
    }

    private OffsetDateTime lastUsed(long id) {
        return jdbc.sql("SELECT last_used_at FROM api_token WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class)).single();
    }

    private String accountRow(String username) {
        return jdbc.sql("SELECT version || ' ' || updated_at FROM app_user WHERE username = :u")
                .param("u", username).query(String.class).single();
    }
}

package vn.ptdv.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;

/**
 * Logins that an attacker can neither race nor turn against the users: growing delays per account
 * name and per source address instead of a lock, the same answers for names that exist and names
 * that do not, every failure in the audit log. Each test guesses from addresses of its own.
 */
@IntegrationTest
class LoginThrottleTest {
    private static final AtomicInteger ADDRESSES = new AtomicInteger();

    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    MutableClock clock;
    @Autowired
    JdbcClient jdbc;

    String province;

    @BeforeEach
    void setUp() {
        province = fixtures.tree().province();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A source address no other test uses. */
    private static String address() {
        int n = ADDRESSES.incrementAndGet();
        return "10." + (System.nanoTime() % 200 + 20) + "." + (n / 250) + "." + (n % 250 + 1);
    }

    private static RequestPostProcessor from(String address) {
        return request -> {
            request.setRemoteAddr(address);
            return request;
        };
    }

    private int me(String username, String password, String address) throws Exception {
        return mvc.perform(get("/api/v1/me").with(httpBasic(username, password)).with(from(address)))
                .andReturn().getResponse().getStatus();
    }

    @Test
    void parallelGuessesAtOneAccountCheckNoMorePasswordsThanTheThrottleAllows() throws Exception {
        String account = fixtures.user(Role.VIEWER, province);
        int guesses = 24;
        ExecutorService pool = Executors.newFixedThreadPool(8);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> answers = new ArrayList<>();
        for (int i = 0; i < guesses; i++) {
            String address = address();
            Callable<Integer> guess = () -> {
                start.await();
                return me(account, "doan-mo-" + address, address);
            };
            answers.add(pool.submit(guess));
        }
        long began = System.nanoTime();
        start.countDown();
        int checked = 0;
        int refused = 0;
        for (Future<Integer> answer : answers) {
            int status = answer.get();
            if (status == 401) {
                checked++;
            } else if (status == 429) {
                refused++;
            }
        }
        pool.shutdown();
        double seconds = (System.nanoTime() - began) / 1e9;
        // Five free failures; the sixth starts a delay of 1 s, then 2, 4, 8…: within s seconds of a burst
        // at most 6 + log2(s + 1) passwords are checked, however many guesses arrive at once.
        assertThat(checked).isBetween(1, 6 + (int) Math.floor(Math.log(seconds + 1) / Math.log(2)));
        assertThat(refused).isEqualTo(guesses - checked);
        long failures = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = :u AND action = 'LOGIN_FAILED'")
                .param("u", account).query(Long.class).single();
        assertThat(failures).isEqualTo(checked);
    }

    @Test
    void aStrangerFailingOnPurposeOnlyDelaysTheRealUserByAMinuteAtMost() throws Exception {
        String account = fixtures.user(Role.ADMIN, null);
        String stranger = address();
        String realUser = address();
        // The stranger keeps failing, waiting out each delay: the delays grow to a minute, never more.
        long longest = 0;
        for (int attempt = 0; attempt < 30; attempt++) {
            MockHttpServletResponse answer = mvc.perform(get("/api/v1/me")
                    .with(httpBasic(account, "doan-mo-" + attempt)).with(from(stranger))).andReturn().getResponse();
            if (answer.getStatus() == 429) {
                long wait = Long.parseLong(answer.getHeader("Retry-After"));
                longest = Math.max(longest, wait);
                clock.advance(Duration.ofSeconds(wait));
            } else {
                assertThat(answer.getStatus()).isEqualTo(401);
            }
        }
        assertThat(longest).isEqualTo(60L);
        me(account, "doan-mo-lan-cuoi", stranger);

        // The real user, from elsewhere, is asked to wait — in Vietnamese, with the seconds — then gets in.
        MockHttpServletResponse asked = mvc.perform(get("/api/v1/me").with(httpBasic(account, Fixtures.PASSWORD))
                .with(from(realUser)))
                .andExpect(status().isTooManyRequests())
                .andExpect(jsonPath("$.detail", containsString("vui lòng thử lại sau")))
                .andReturn().getResponse();
        long wait = Long.parseLong(asked.getHeader("Retry-After"));
        assertThat(wait).isBetween(1L, 60L);
        clock.advance(Duration.ofSeconds(wait));
        assertThat(me(account, Fixtures.PASSWORD, realUser)).isEqualTo(200);
        // Signing in forgets the account's failures: the next slip costs nothing.
        assertThat(me(account, "go-nham-1", realUser)).isEqualTo(401);
        assertThat(me(account, Fixtures.PASSWORD, realUser)).isEqualTo(200);
    }

    @Test
    void aNameThatMatchesNoAccountIsAnsweredExactlyLikeOneThatDoes() throws Exception {
        String account = fixtures.user(Role.VIEWER, province);
        String unknown = "khong.co." + fixtures.uniquePrefix().toLowerCase();
        String address = address();
        List<String> known = new ArrayList<>();
        List<String> stranger = new ArrayList<>();
        for (int attempt = 0; attempt < 7; attempt++) {
            known.add(answer(account, address));
            stranger.add(answer(unknown, address));
        }
        assertThat(stranger).isEqualTo(known);
        assertThat(known.get(0)).startsWith("401").contains("Cần đăng nhập bằng tên đăng nhập và mật khẩu");
        assertThat(known.get(6)).startsWith("429");
        long failures = jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username = :u AND action = 'LOGIN_FAILED'"
                + " AND details LIKE :address").param("u", unknown).param("address", "%address=" + address + "%")
                .query(Long.class).single();
        assertThat(failures).isGreaterThanOrEqualTo(5);
        // Refused attempts are written once a minute per name and per address: here the address's first refusal.
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE username IN (:u, :k) AND action = 'LOGIN_THROTTLED'"
                + " AND details LIKE :address").param("u", unknown).param("k", account)
                .param("address", "%address=" + address + ";%").query(Long.class).single()).isEqualTo(1);
    }

    /** One attempt, with the test clock put back to where it was, so that no delay runs out meanwhile. */
    private String answer(String username, String address) throws Exception {
        long before = clock.millis();
        MockHttpServletResponse response = mvc.perform(get("/api/v1/me").with(httpBasic(username, "sai-mat-khau-9"))
                .with(from(address))).andReturn().getResponse();
        clock.advance(Duration.ofMillis(before - clock.millis()));
        // The wait differs by the milliseconds between the two calls; the words do not.
        return response.getStatus() + " " + response.getContentAsString().replaceAll("\\d+ giây", "N giây");
    }

    @Test
    void oneAddressGuessingAcrossManyNamesIsSlowedDown() throws Exception {
        String account = fixtures.user(Role.VIEWER, province);
        String address = address();
        for (int name = 0; name < 20; name++) {
            assertThat(me("ten-doan-" + name + "-" + address, "sai-mat-khau-9", address)).isEqualTo(401);
        }
        assertThat(me("ten-doan-cuoi-" + address, "sai-mat-khau-9", address)).isEqualTo(401);
        // Even the right password of a real account waits, from that address only.
        assertThat(me(account, Fixtures.PASSWORD, address)).isEqualTo(429);
        assertThat(me(account, Fixtures.PASSWORD, address())).isEqualTo(200);
    }

    @Test
    void theLoginPageAsksToWaitWithoutSayingWhetherTheAccountExists() throws Exception {
        String unknown = "khong.co." + fixtures.uniquePrefix().toLowerCase();
        String address = address();
        for (int attempt = 0; attempt < 6; attempt++) {
            mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", unknown)
                    .param("password", "sai-mat-khau-9")).andExpect(redirectedUrl("/login?error=bad"));
        }
        mvc.perform(post("/login").with(csrf()).with(from(address)).param("username", unknown)
                .param("password", "sai-mat-khau-9")).andExpect(redirectedUrl("/login?error=wait"));
        mvc.perform(get("/login").param("error", "wait"))
                .andExpect(content().string(containsString("Đồng chí vui lòng đợi một lát rồi thử lại")));
    }

    @Test
    void changingOnesPasswordEndsOnesOtherSessions() throws Exception {
        String account = fixtures.user(Role.VIEWER, province);
        Cookie here = signIn(account, Fixtures.PASSWORD);
        Cookie elsewhere = signIn(account, Fixtures.PASSWORD);
        mvc.perform(get("/account/password").cookie(elsewhere)).andExpect(status().isOk());

        mvc.perform(post("/account/password").cookie(here).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("password", "hoa-sen-ven-ho-2026")
                        .param("confirmation", "hoa-sen-ven-ho-2026"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/account/password").cookie(here)).andExpect(status().isOk());
        mvc.perform(get("/account/password").cookie(elsewhere))
                .andExpect(status().is3xxRedirection())
                .andExpect(header().string("Location", containsString("/login")));
    }

    private Cookie signIn(String username, String password) throws Exception {
        MockHttpServletResponse response = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/")).andReturn().getResponse();
        Cookie session = response.getCookie("SESSION");
        assertThat(session).isNotNull();
        return session;
    }
}

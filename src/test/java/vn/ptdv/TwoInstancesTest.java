package vn.ptdv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.ForkedApplication;
import vn.ptdv.support.IntegrationTest;

/**
 * Two application instances on one PostgreSQL database, sharing no memory, behave as one: a session
 * started on one goes on on the other, a login throttle set on one holds on the other, and the
 * scheduled daily job runs once. (The embedded H2 file can be opened by one process only, so this
 * runs in the PostgreSQL pass.)
 */
@IntegrationTest
class TwoInstancesTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Value("${spring.datasource.url}")
    String databaseUrl;

    @TempDir
    Path workDir;

    @Test
    void twoInstancesShareSessionsThrottlesAndTheDailyJob() throws Exception {
        assumeTrue(databaseUrl.startsWith("jdbc:postgresql:"), "two processes share a PostgreSQL database only");
        Fixtures.Tree tree = fixtures.tree();
        String user = fixtures.user(Role.COMMITTEE, tree.communeA());
        String throttled = fixtures.user(Role.COMMITTEE, tree.communeB());
        // Both instances run the anonymization every second; only one may do the day's run.
        Map<String, String> environment = Map.of("PTDV_DB_URL", databaseUrl, "PTDV_ANONYMIZE_CRON", "* * * * * *");
        try (ForkedApplication first = ForkedApplication.start(workDir, environment);
                ForkedApplication second = ForkedApplication.start(workDir, environment)) {
            // A session started by signing in on the first goes on on the second.
            HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
            String loginPage = browser.send(HttpRequest.newBuilder(first.uri("/login")).build(),
                    HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = CSRF.matcher(loginPage);
            assertThat(token.find()).as("the login form's CSRF token").isTrue();
            HttpResponse<String> signedIn = browser.send(HttpRequest.newBuilder(first.uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + encode(user) + "&password="
                            + encode(Fixtures.PASSWORD) + "&_csrf=" + encode(token.group(1))))
                    .build(), HttpResponse.BodyHandlers.ofString());
            assertThat(signedIn.statusCode()).as(first.logTail()).isEqualTo(302);
            assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
            HttpResponse<String> onTheSecond = browser.send(HttpRequest.newBuilder(second.uri("/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(onTheSecond.statusCode()).as(second.logTail()).isEqualTo(200);
            assertThat(onTheSecond.body()).contains("Đăng xuất").doesNotContain("name=\"password\"");

            // Wrong passwords on the first until it asks to wait two seconds or more: the second asks
            // the same of the right password.
            AtomicInteger retryAfter = new AtomicInteger();
            Awaitility.await("the first instance's throttle").atMost(Duration.ofMinutes(2))
                    .pollInterval(Duration.ofMillis(200)).until(() -> {
                        HttpResponse<String> answer = basic(first, throttled, "sai-mat-khau-123");
                        retryAfter.set(answer.statusCode() == 429
                                ? Integer.parseInt(answer.headers().firstValue("Retry-After").orElse("0")) : 0);
                        return retryAfter.get() >= 2;
                    });
            assertThat(basic(second, throttled, Fixtures.PASSWORD).statusCode()).isEqualTo(429);

            // The daily job: each instance starts it every second, and the day is run once.
            LocalDate today = ZonedDateTime.now(Formats.VIETNAM_ZONE).toLocalDate();
            Awaitility.await("the day's anonymization").atMost(Duration.ofMinutes(1))
                    .until(() -> runsOf(today) == 1);
            Awaitility.await("the day's anonymization, run once").during(Duration.ofSeconds(3))
                    .atMost(Duration.ofSeconds(10))
                    .until(() -> runsOf(today) == 1 && auditedRunsOf(today) == 1);
        }
    }

    private long runsOf(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM anonymization_run WHERE run_day = :day").param("day", day)
                .query(Long.class).single();
    }

    private long auditedRunsOf(LocalDate day) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'PERSONAL_DATA_ANONYMIZED' AND entity_key = :day")
                .param("day", day.toString()).query(Long.class).single();
    }

    private static HttpResponse<String> basic(ForkedApplication application, String user, String password)
            throws Exception {
        String credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return application.http().send(HttpRequest.newBuilder(application.uri("/api/v1/me"))
                .header("Authorization", "Basic " + credentials).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}

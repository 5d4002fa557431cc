package vn.ptdv;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.datasource.LazyConnectionDataSourceProxy;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;

/**
 * With a read replica ({@code PTDV_DB_REPLICA_URL}), the pages and API calls whose reads are
 * read-only transactions answer from the replica, while sign-in, tokens, sessions and writes use the
 * primary, and a client's pages in the 30 seconds after its write read the primary. A second
 * PostgreSQL database stands for the replica: migrated like the primary, with the same account under
 * another name and a token that only it has, so that each answer tells which database gave it.
 * (PostgreSQL pass only: the replica is a PostgreSQL feature.)
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "spring.datasource.url", matches = "jdbc:postgresql:.*")
class ReadReplicaTest {
    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final Pattern SECRET = Pattern.compile("value=\"(ptdv_[A-Za-z0-9_-]+)\"");
    private static final String REPLICA_NAME = "Đồng chí ở bản sao";
    private static final String REPLICA_TOKEN = "Mã chỉ có ở bản sao";

    @DynamicPropertySource
    static void replica(DynamicPropertyRegistry registry) {
        registry.add("ptdv.db.replica.url", Replica::url);
    }

    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient primary;
    @Autowired
    DataSource dataSource;
    @Autowired
    MutableClock clock;
    @Autowired
    Flyway flyway;
    @LocalServerPort
    int port;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void readOnlyPagesAnswerFromTheReplicaExceptRightAfterTheirClientsWrite() throws Exception {
        assertThat(dataSource).isInstanceOf(LazyConnectionDataSourceProxy.class);
        assertThat(((HikariDataSource) flyway.getConfiguration().getDataSource()).getJdbcUrl())
                .as("Flyway migrates the primary").startsWith(System.getProperty("spring.datasource.url"));
        Fixtures.Tree tree = fixtures.tree();
        String user = fixtures.user(Role.COMMITTEE, tree.communeA());
        Replica.sameAccountUnderAnotherName(primary, user, OffsetDateTime.now(clock));

        // Signing in checks the password on the primary (the replica's copy of the account has none that matches).
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
        HttpResponse<String> signedIn = post(browser, "/login",
                "username=" + encode(user) + "&password=" + encode(Fixtures.PASSWORD), get(browser, "/login").body());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("error");
        assertThat(sessionsOf(primary, user)).as("the session, on the primary").isEqualTo(1);
        assertThat(sessionsOf(Replica.jdbc(), user)).as("nothing written to the replica").isZero();

        // The tokens page reads the replica (its token list is read-only), the session the primary.
        String tokensPage = get(browser, "/account/tokens").body();
        assertThat(tokensPage).contains(REPLICA_TOKEN);

        // A token created: the answer and the pages of the next 30 seconds read the primary.
        HttpResponse<String> created = post(browser, "/account/tokens", "name=" + encode("Mã trên bản chính"), tokensPage);
        assertThat(created.statusCode()).isEqualTo(200);
        assertThat(created.headers().allValues("Set-Cookie")).anyMatch(cookie -> cookie.startsWith("PTDV_PRIMARY_UNTIL="));
        assertThat(created.body()).contains("Mã trên bản chính").doesNotContain(REPLICA_TOKEN);
        assertThat(tokensNamed(primary, user, "Mã trên bản chính")).as("written to the primary").isEqualTo(1);
        assertThat(tokensNamed(Replica.jdbc(), user, "Mã trên bản chính")).isZero();
        // (The clock also runs on in real time: the window's exact edges are AfterWriteWindowTest's.)
        clock.advance(Duration.ofSeconds(25));
        assertThat(get(browser, "/account/tokens").body()).contains("Mã trên bản chính").doesNotContain(REPLICA_TOKEN);

        // Past the window, the replica again.
        clock.advance(Duration.ofSeconds(6));
        assertThat(get(browser, "/account/tokens").body()).contains(REPLICA_TOKEN).doesNotContain("Mã trên bản chính");

        // The new token is checked on the primary (the replica has never seen it); the account it
        // shows is read from the replica, by a client that wrote nothing.
        Matcher secret = SECRET.matcher(created.body());
        assertThat(secret.find()).as("the new token, shown once").isTrue();
        HttpResponse<String> me = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri("/api/v1/me"))
                .header("Authorization", "Bearer " + secret.group(1)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(me.statusCode()).as(me.body()).isEqualTo(200);
        assertThat(me.body()).contains(REPLICA_NAME);
    }

    private HttpResponse<String> get(HttpClient browser, String path) throws Exception {
        return browser.send(HttpRequest.newBuilder(uri(path)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A form post with the CSRF token of the page it was on. */
    private HttpResponse<String> post(HttpClient browser, String path, String form, String page) throws Exception {
        Matcher token = CSRF.matcher(page);
        assertThat(token.find()).as("the form's CSRF token").isTrue();
        return browser.send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form + "&_csrf=" + encode(token.group(1)))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static long sessionsOf(JdbcClient database, String user) {
        return database.sql("SELECT COUNT(*) FROM spring_session WHERE principal_name = :user").param("user", user)
                .query(Long.class).single();
    }

    private static long tokensNamed(JdbcClient database, String user, String name) {
        return database.sql("""
                SELECT COUNT(*) FROM api_token t JOIN app_user u ON u.id = t.user_id
                WHERE u.username = :user AND t.name = :name
                """).param("user", user).param("name", name).query(Long.class).single();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    /**
     * The database standing for the replica: the primary's name with {@code _replica}, created afresh
     * on the primary's server and migrated by the same migrations, once per run.
     */
    private static final class Replica {
        private static String url;

        static synchronized String url() {
            if (url == null) {
                String primaryUrl = System.getProperty("spring.datasource.url");
                Matcher parts = Pattern.compile("(jdbc:postgresql://[^/]+/)([^?]+)(.*)").matcher(primaryUrl);
                assertThat(parts.matches()).as(primaryUrl).isTrue();
                String name = parts.group(2) + "_replica";
                try (Connection connection = DriverManager.getConnection(primaryUrl);
                        Statement statement = connection.createStatement()) {
                    statement.execute("DROP DATABASE IF EXISTS \"" + name + "\" WITH (FORCE)");
                    statement.execute("CREATE DATABASE \"" + name + "\"");
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException("Could not create the replica's database " + name, e);
                }
                String replicaUrl = parts.group(1) + name + parts.group(3);
                Flyway.configure().dataSource(replicaUrl, null, null)
                        .locations("classpath:db/migration", "classpath:db/vendor/postgresql").load().migrate();
                url = replicaUrl;
            }
            return url;
        }

        static JdbcClient jdbc() {
            return JdbcClient.create(new DriverManagerDataSource(url()));
        }

        /**
         * The account as the replica knows it: same id and name, another full name, no password that
         * signs in, and a token of its own. (Its organizations are not copied: foreign keys are not
         * checked for these rows, as for rows a replica receives.)
         */
        static void sameAccountUnderAnotherName(JdbcClient primary, String username, OffsetDateTime now) {
            Map<String, Object> account = primary.sql("SELECT id, role, organization_id FROM app_user WHERE username = :u")
                    .param("u", username).query().singleRow();
            SingleConnectionDataSource connection = new SingleConnectionDataSource(url(), true);
            try {
                JdbcClient replica = JdbcClient.create(connection);
                replica.sql("SET session_replication_role = replica").update();
                replica.sql("""
                        INSERT INTO app_user (id, username, password_hash, full_name, search_name, role, organization_id,
                                              created_at, created_by, updated_at, updated_by)
                        VALUES (:id, :username, 'x', :name, :name, :role, :org, :now, 'test', :now, 'test')
                        """).param("id", account.get("id")).param("username", username).param("name", REPLICA_NAME)
                        .param("role", account.get("role")).param("org", account.get("organization_id"))
                        .param("now", now).update();
                replica.sql("""
                        INSERT INTO api_token (user_id, name, token_hash, created_at)
                        VALUES (:id, :name, :hash, :now)
                        """).param("id", account.get("id")).param("name", REPLICA_TOKEN)
                        .param("hash", "0".repeat(64)).param("now", now).update();
            } finally {
                connection.destroy();
            }
        }
    }
}

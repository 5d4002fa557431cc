package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/**
 * The application as a browser meets it over HTTP, through Tomcat: security headers, HSTS and
 * Secure cookies only over TLS (a proxy's X-Forwarded-Proto), no session for anonymous visitors,
 * and Vietnamese error pages even for URLs that Tomcat or the firewall reject before Spring MVC.
 */
@IntegrationTest
class HardeningTest {
    @LocalServerPort
    int port;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesForbidInlineScriptsAndReferrersToOtherSites() throws Exception {
        HttpResponse<String> login = get("/login");
        String policy = login.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("script-src 'self';").contains("object-src 'none'")
                .contains("frame-ancestors 'none'");
        assertThat(policy.split("script-src")[1].split(";")[0]).doesNotContain("unsafe");
        assertThat(login.headers().firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(get("/api/v1/me").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    @Test
    void onlyRequestsThatCameOverTlsGetHstsAndSecureCookies() throws Exception {
        assertThat(get("/login").headers().firstValue("Strict-Transport-Security")).isEmpty();
        assertThat(get("/login").headers().allValues("Set-Cookie")).noneMatch(c -> c.contains("Secure"));

        String[] proxied = {"X-Forwarded-Proto", "https", "X-Forwarded-For", "203.0.113.7"};
        HttpResponse<String> login = get("/login", proxied);
        assertThat(login.headers().firstValue("Strict-Transport-Security").orElseThrow())
                .contains("max-age=31536000").contains("includeSubDomains");
        String csrfCookie = cookie(login, "XSRF-TOKEN");
        assertThat(setCookie(login, "XSRF-TOKEN")).contains("Secure").contains("HttpOnly");

        String user = fixtures.user(Role.VIEWER, fixtures.tree().province());
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(login.body());
        assertThat(token.find()).isTrue();
        HttpResponse<String> signedIn = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/login"))
                .headers(proxied)
                .header("Cookie", csrfCookie)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password="
                        + URLEncoder.encode(Fixtures.PASSWORD, StandardCharsets.UTF_8) + "&_csrf="
                        + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8)))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).startsWith("https://").doesNotContain("error");
        assertThat(setCookie(signedIn, "SESSION")).contains("Secure").contains("HttpOnly").contains("SameSite=Lax");
        // The client's address is the one the proxy forwarded, as the audit log shows.
        assertThat(jdbc.sql("SELECT details FROM audit_log WHERE username = :u AND action = 'LOGIN'")
                .param("u", user).query(String.class).single()).contains("address=203.0.113.7");
    }

    @Test
    void anAnonymousVisitorGetsNoSession() throws Exception {
        long sessions = jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single();
        List<HttpResponse<String>> visits = List.of(get("/"), get("/login"), get("/login?error=bad"),
                get("/members"), get("/khong-co-trang-nay"), get("/error"), get("/swagger-ui.html"));
        for (HttpResponse<String> visit : visits) {
            assertThat(visit.headers().allValues("Set-Cookie")).as(visit.uri().toString())
                    .noneMatch(c -> c.startsWith("SESSION=") || c.startsWith("JSESSIONID="));
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM spring_session").query(Long.class).single()).isEqualTo(sessions);
    }

    @Test
    void theLoginPageLinksNoApiDocumentation() throws Exception {
        assertThat(get("/login").body()).doesNotContain("swagger-ui");
    }

    @Test
    void malformedAddressesAreAnsweredInVietnamese() throws Exception {
        for (String target : List.of("/%", "/members/%zz", "/members;jsessionid=1", "/members/%2e%2e/users",
                "/a%2Fb", "/api/v1/me;x=1")) {
            String answer = raw(target);
            assertThat(answer).as(target).startsWith("HTTP/1.1 400");
            assertThat(answer).as(target).contains("không hợp lệ").doesNotContainIgnoringCase("tomcat");
        }
    }

    /** Sends a request line as typed, which no HTTP client library would send. */
    private String raw(String target) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            OutputStream out = socket.getOutputStream();
            out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAccept: text/html\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream answer = new ByteArrayOutputStream();
            in.transferTo(answer);
            return answer.toString(StandardCharsets.UTF_8);
        }
    }

    private static String setCookie(HttpResponse<?> response, String name) {
        return response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "="))
                .collect(Collectors.joining("\n"));
    }

    private static String cookie(HttpResponse<?> response, String name) {
        String header = setCookie(response, name);
        assertThat(header).isNotEmpty();
        return header.split(";")[0];
    }
}

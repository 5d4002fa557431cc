package vn.ptdv.shared.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.http.Cookie;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Which requests read from the replica, and how a write keeps its client's next pages on the primary. */
class AfterWriteWindowTest {
    private static final Instant NOW = Instant.parse("2026-11-16T02:00:00Z");
    private final AfterWriteWindow window = new AfterWriteWindow(Duration.ofSeconds(30));

    @Test
    void aRequestThatChangesNothingReadsTheReplica() {
        assertThat(window.readsReplica("GET", null, NOW)).isTrue();
        assertThat(window.readsReplica("HEAD", null, NOW)).isTrue();
        assertThat(window.readsReplica("OPTIONS", null, NOW)).isTrue();
    }

    @Test
    void aWriteReadsThePrimary() {
        for (String method : new String[] {"POST", "PUT", "PATCH", "DELETE"}) {
            assertThat(window.readsReplica(method, null, NOW)).as(method).isFalse();
            assertThat(AfterWriteWindow.writes(method)).as(method).isTrue();
        }
    }

    @Test
    void theClientOfAWriteReadsThePrimaryForTheWindowThenTheReplicaAgain() {
        String until = window.primaryUntil(NOW);
        assertThat(until).isEqualTo(Long.toString(NOW.plusSeconds(30).toEpochMilli()));
        assertThat(window.readsReplica("GET", until, NOW)).isFalse();
        assertThat(window.readsReplica("GET", until, NOW.plusSeconds(30).minusMillis(1))).isFalse();
        assertThat(window.readsReplica("GET", until, NOW.plusSeconds(30))).isTrue();
        assertThat(window.readsReplica("GET", until, NOW.plusSeconds(31))).isTrue();
    }

    @Test
    void aCookieThatIsNotAnInstantIsIgnored() {
        assertThat(window.readsReplica("GET", "", NOW)).isTrue();
        assertThat(window.readsReplica("GET", "tomorrow", NOW)).isTrue();
    }

    @Test
    void theWindowCannotBeNegative() {
        assertThatThrownBy(() -> new AfterWriteWindow(Duration.ofSeconds(-1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aWriteRequestMarksItsClientAndReadsThePrimary() throws Exception {
        MockHttpServletRequest post = new MockHttpServletRequest("POST", "/account/tokens");
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(filtered(post, response)).isFalse();
        String cookie = response.getHeader("Set-Cookie");
        assertThat(cookie).startsWith("PTDV_PRIMARY_UNTIL=" + window.primaryUntil(NOW) + ";")
                .contains("Path=/", "Max-Age=30", "HttpOnly", "SameSite=Lax").doesNotContain("Secure");
        assertThat(ReplicaRouting.replicaAllowed()).as("nothing left on the thread").isFalse();
    }

    @Test
    void theNextPagesOfAMarkedClientReadThePrimaryAndOthersTheReplica() throws Exception {
        MockHttpServletRequest marked = new MockHttpServletRequest("GET", "/account/tokens");
        marked.setCookies(new Cookie(AfterWriteWindow.COOKIE, window.primaryUntil(NOW.minusSeconds(29))));
        MockHttpServletResponse response = new MockHttpServletResponse();
        assertThat(filtered(marked, response)).isFalse();
        assertThat(response.getHeader("Set-Cookie")).as("a read does not prolong the window").isNull();

        MockHttpServletRequest expired = new MockHttpServletRequest("GET", "/account/tokens");
        expired.setCookies(new Cookie(AfterWriteWindow.COOKIE, window.primaryUntil(NOW.minusSeconds(30))));
        assertThat(filtered(expired, new MockHttpServletResponse())).isTrue();
        assertThat(filtered(new MockHttpServletRequest("GET", "/reports"), new MockHttpServletResponse())).isTrue();
    }

    /** Whether the request was let read from the replica while it was served. */
    private boolean filtered(MockHttpServletRequest request, MockHttpServletResponse response) throws Exception {
        AtomicReference<Boolean> replica = new AtomicReference<>();
        MockFilterChain chain = new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
            @Override
            protected void service(jakarta.servlet.http.HttpServletRequest req, jakarta.servlet.http.HttpServletResponse res) {
                replica.set(ReplicaRouting.replicaAllowed());
            }
        });
        new ReplicaReadsFilter(window, Clock.fixed(NOW, ZoneOffset.UTC)).doFilter(request, response, chain);
        assertThat(ReplicaRouting.replicaAllowed()).isFalse();
        return replica.get();
    }
}

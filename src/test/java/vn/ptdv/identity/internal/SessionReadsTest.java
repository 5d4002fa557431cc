package vn.ptdv.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.support.SimpleTransactionStatus;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * A signed-in request reads its session from the store once, and writes it back only when
 * something in it changed or its stored last access is a minute old or more — through Spring
 * Session's own filter, as the application runs it. A request's last access is the repository's
 * clock, here a fixed instant; the stored sessions are dated seconds or a minute before it.
 */
class SessionReadsTest {
    private static final Instant NOW = Instant.parse("2026-11-16T02:30:00Z");
    private final Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);
    private final CountingStore store = new CountingStore(clock);
    private final SessionReads.ReadOnce sessions = new SessionReads.ReadOnce(store, clock);

    @Test
    void aRequestReadsItsSessionOnceAndWritesNothingWhenItWasLastWrittenSecondsAgo() throws Exception {
        String id = stored(NOW.minusSeconds(5));

        request(id, session -> assertThat((String) session.getAttribute("user")).isEqualTo("bithu.kp1"));

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.writes).isZero();
    }

    @Test
    void aRequestAMinuteAfterTheStoredLastAccessWritesIt() throws Exception {
        Instant before = NOW.minus(SessionReads.LAST_ACCESS_WRITE);
        String id = stored(before);

        request(id, session -> {
        });

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.writes).isEqualTo(1);
        assertThat(store.stored(id).getLastAccessedTime()).isAfter(before).isEqualTo(NOW);
    }

    @Test
    void aRequestASecondLessThanAMinuteAfterTheStoredLastAccessWritesNothing() throws Exception {
        String id = stored(NOW.minus(SessionReads.LAST_ACCESS_WRITE).plusSeconds(1));

        request(id, session -> {
        });

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.writes).isZero();
    }

    @Test
    void aChangeInTheSessionIsWrittenAtOnce() throws Exception {
        String id = stored(NOW.minusSeconds(5));

        request(id, session -> session.setAttribute("returnTo", "/organizations"));

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.writes).isEqualTo(1);
        assertThat((String) store.stored(id).getAttribute("returnTo")).isEqualTo("/organizations");
    }

    @Test
    void aNewSessionIsWritten() throws Exception {
        MockHttpServletResponse response = request(null, session -> session.setAttribute("user", "bithu.kp1"));

        assertThat(store.writes).isEqualTo(1);
        assertThat(response.getCookie("SESSION")).isNotNull();
    }

    @Test
    void eachRequestReadsTheStoreAgain() throws Exception {
        String id = stored(NOW.minusSeconds(5));

        request(id, session -> {
        });
        store.delegate.deleteById(id); // signed out by another instance in between
        request(id, session -> assertThat(session).isNull());

        assertThat(store.reads).isEqualTo(2);
    }

    @Test
    void aSessionChangedWhileAPageRendersInItsTransactionIsWrittenWhenTheRequestEnds() throws Exception {
        String id = stored(NOW.minusSeconds(5));
        int[] writesWhileRendering = {-1};

        request(id, (session, response) -> {
            session.setAttribute("returnTo", "/organizations");
            TransactionSynchronizationManager.setActualTransactionActive(true);
            try {
                response.flushBuffer(); // a long page: the response is committed as the template renders
                writesWhileRendering[0] = store.writes;
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            } finally {
                TransactionSynchronizationManager.setActualTransactionActive(false);
            }
        });

        assertThat(writesWhileRendering[0]).isZero();
        assertThat(store.writes).isEqualTo(1);
        assertThat((String) store.stored(id).getAttribute("returnTo")).isEqualTo("/organizations");
    }

    private String stored(Instant lastAccess) {
        MapSession session = new MapSession();
        session.setAttribute("user", "bithu.kp1");
        session.setLastAccessedTime(lastAccess);
        session.setMaxInactiveInterval(Duration.ofMinutes(60));
        store.delegate.save(session);
        return session.getId();
    }

    /** One request through the application's filters: the request's memory, then Spring Session's filter. */
    private MockHttpServletResponse request(String sessionId, Consumer<HttpSession> page) throws Exception {
        return request(sessionId, (session, response) -> page.accept(session));
    }

    private MockHttpServletResponse request(String sessionId, BiConsumer<HttpSession, HttpServletResponse> page)
            throws Exception {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/organizations/BM-P-HOABINH-KP01");
        if (sessionId != null) {
            request.setCookies(new Cookie("SESSION",
                    Base64.getEncoder().encodeToString(sessionId.getBytes(StandardCharsets.UTF_8))));
        }
        MockHttpServletResponse response = new MockHttpServletResponse();
        HttpServlet servlet = new HttpServlet() {
            @Override
            protected void doGet(HttpServletRequest req, HttpServletResponse resp) {
                page.accept(req.getSession(sessionId == null), resp);
            }
        };
        new MockFilterChain(servlet, new SessionReads.RequestMemory(), new SessionRepositoryFilter<>(sessions))
                .doFilter(request, response);
        return response;
    }

    @Test
    void aSessionIsReadWithoutATransactionAndAChangeIsWrittenInOne() throws Exception {
        CountedTransactions transactions = new CountedTransactions();
        store.operations = new SessionReads.ReadsWithoutTransaction(transactions);
        String id = stored(NOW.minusSeconds(5));

        request(id, session -> session.setAttribute("note", "đã lưu"));

        assertThat(store.reads).isEqualTo(1);
        assertThat(store.writes).isEqualTo(1);
        assertThat(transactions.count).as("transactions of the store").isEqualTo(1);
    }

    @Test
    void aSessionReadWithinATransactionOfTheRequestTakesOneOfItsOwn() {
        CountedTransactions transactions = new CountedTransactions();
        store.operations = new SessionReads.ReadsWithoutTransaction(transactions);
        String id = stored(NOW.minusSeconds(5));

        TransactionSynchronizationManager.setActualTransactionActive(true);
        try {
            assertThat(sessions.findById(id)).isNotNull();
        } finally {
            TransactionSynchronizationManager.setActualTransactionActive(false);
        }

        assertThat(transactions.count).isEqualTo(1);
    }

    /** Transactions that only count themselves. */
    static final class CountedTransactions implements TransactionOperations {
        int count;

        @Override
        public <T> T execute(TransactionCallback<T> action) {
            count++;
            return action.doInTransaction(new SimpleTransactionStatus());
        }
    }

    /** A session store that counts its reads and writes, as the database's table would see them. */
    static final class CountingStore implements FindByIndexNameSessionRepository<MapSession> {
        private final Map<String, Session> table = new java.util.concurrent.ConcurrentHashMap<>();
        final MapSessionRepository delegate = new MapSessionRepository(table);
        private final Clock clock;
        /** What the store runs its statements in, as the database's repository runs them in Spring Session's. */
        TransactionOperations operations = TransactionOperations.withoutTransaction();
        int reads;
        int writes;

        CountingStore(Clock clock) {
            this.clock = clock;
        }

        /** The stored session, read without MapSessionRepository's expiry (reckoned by the system clock). */
        MapSession stored(String id) {
            Session stored = table.get(id);
            return stored == null ? null : new MapSession(stored);
        }

        @Override
        public MapSession createSession() {
            return delegate.createSession();
        }

        @Override
        public void save(MapSession session) {
            writes++;
            operations.executeWithoutResult(status -> delegate.save(session));
        }

        @Override
        public MapSession findById(String id) {
            reads++;
            MapSession stored = operations.execute(status -> stored(id));
            // Expired by the store's clock, as the database's repository reckons it by the system's.
            if (stored == null || !stored.getLastAccessedTime().plus(stored.getMaxInactiveInterval())
                    .isAfter(clock.instant())) {
                return null;
            }
            return stored;
        }

        @Override
        public void deleteById(String id) {
            delegate.deleteById(id);
        }

        @Override
        public Map<String, MapSession> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            return Map.of();
        }
    }
}

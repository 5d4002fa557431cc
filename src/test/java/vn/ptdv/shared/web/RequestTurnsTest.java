package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.servlet.FilterChain;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

@Timeout(value = 1, unit = TimeUnit.MINUTES) // a request that never gets its turn fails the test, not the build
class RequestTurnsTest {
    private static final Duration LONG = Duration.ofMinutes(1);
    private final ExecutorService clients = Executors.newCachedThreadPool();
    private final CountDownLatch firstMayFinish = new CountDownLatch(1);
    private final CountDownLatch firstAtWork = new CountDownLatch(1);
    private final List<String> served = new CopyOnWriteArrayList<>();

    @AfterEach
    void stopClients() {
        firstMayFinish.countDown();
        clients.shutdownNow();
    }

    /** A request whose handling records its name, and which the first one holds until it may finish. */
    private Future<MockHttpServletResponse> send(RequestTurns.Turns turns, String name, String path) {
        return clients.submit(() -> {
            MockHttpServletResponse response = new MockHttpServletResponse();
            FilterChain handling = (req, res) -> {
                served.add(name);
                if (name.equals("first")) {
                    firstAtWork.countDown();
                    awaitUninterruptibly(firstMayFinish);
                }
            };
            turns.doFilter(new MockHttpServletRequest("GET", path), response, handling);
            return response;
        });
    }

    /** Turns of which the request "first" holds one until it may finish. */
    private RequestTurns.Turns withFirstAtWork(int atOnce, Duration timeout) throws InterruptedException {
        RequestTurns.Turns turns = turns(atOnce, timeout);
        send(turns, "first", "/organizations/BM");
        firstAtWork.await();
        return turns;
    }

    /** The answer to a request that does not wait for "first" to finish. */
    private MockHttpServletResponse answer(RequestTurns.Turns turns, String name, String path) throws Exception {
        return send(turns, name, path).get(1, TimeUnit.MINUTES);
    }

    private static void awaitUninterruptibly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void awaitWaiting(RequestTurns.Turns turns, int count) {
        while (turns.waiting() < count) {
            Thread.onSpinWait();
        }
    }

    private static RequestTurns.Turns turns(int atOnce, Duration timeout) {
        return new RequestTurns.Turns(atOnce, timeout, (request, response) -> response.setStatus(503));
    }

    @Test
    void requestsBeyondTheLimitWaitAndAreServedInTheOrderTheyCame() throws Exception {
        RequestTurns.Turns turns = turns(1, LONG);
        Future<MockHttpServletResponse> first = send(turns, "first", "/organizations/BM");
        firstAtWork.await();
        Future<MockHttpServletResponse> second = send(turns, "second", "/dossiers");
        awaitWaiting(turns, 1);
        Future<MockHttpServletResponse> third = send(turns, "third", "/members");
        awaitWaiting(turns, 2);
        assertThat(served).containsExactly("first");

        firstMayFinish.countDown();

        assertThat(first.get(1, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
        assertThat(second.get(1, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
        assertThat(third.get(1, TimeUnit.MINUTES).getStatus()).isEqualTo(200);
        assertThat(served).containsExactly("first", "second", "third");
    }

    @Test
    void asManyRequestsAsTurnsAreAtWorkTogether() throws Exception {
        RequestTurns.Turns turns = withFirstAtWork(2, Duration.ZERO);

        MockHttpServletResponse second = answer(turns, "second", "/dossiers");

        assertThat(second.getStatus()).isEqualTo(200);
        assertThat(served).containsExactly("first", "second");
    }

    @Test
    void aRequestThatGetsNoTurnInTimeIsAnsweredBusyAndNotHandled() throws Exception {
        RequestTurns.Turns turns = withFirstAtWork(1, Duration.ZERO);

        MockHttpServletResponse refused = answer(turns, "refused", "/dossiers");

        assertThat(refused.getStatus()).isEqualTo(503);
        assertThat(refused.getHeader("Retry-After")).isEqualTo("10");
        assertThat(served).containsExactly("first");
    }

    @Test
    void theHealthProbeIsAnsweredWhileEveryTurnIsTaken() throws Exception {
        RequestTurns.Turns turns = withFirstAtWork(1, Duration.ZERO);

        MockHttpServletResponse health = answer(turns, "health", "/actuator/health");
        MockHttpServletResponse liveness = answer(turns, "liveness", "/actuator/health/liveness");
        MockHttpServletResponse other = answer(turns, "other", "/actuator/healthy");

        assertThat(health.getStatus()).isEqualTo(200);
        assertThat(liveness.getStatus()).isEqualTo(200);
        assertThat(other.getStatus()).as("not the health probe").isEqualTo(503);
        assertThat(served).containsExactly("first", "health", "liveness");
    }

    @Test
    void aRequestThatFailsGivesItsTurnBack() throws Exception {
        RequestTurns.Turns turns = turns(1, Duration.ZERO);
        FilterChain failing = (req, res) -> {
            throw new IllegalStateException("the controller failed");
        };
        assertThatThrownBy(() -> turns.doFilter(new MockHttpServletRequest("GET", "/dossiers"),
                new MockHttpServletResponse(), failing)).isInstanceOf(IllegalStateException.class);
        AtomicBoolean handled = new AtomicBoolean();

        MockHttpServletResponse next = new MockHttpServletResponse();
        turns.doFilter(new MockHttpServletRequest("GET", "/dossiers"), next, (req, res) -> handled.set(true));

        assertThat(handled).isTrue();
        assertThat(next.getStatus()).isEqualTo(200);
    }

    @Test
    void noTurnsIsAMistakeOfConfiguration() {
        assertThatThrownBy(() -> turns(0, LONG)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ptdv.http.requests-at-once");
    }
}

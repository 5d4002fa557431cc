package vn.ptdv.shared.web;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import vn.ptdv.shared.Messages;

/**
 * At most {@code ptdv.http.requests-at-once} requests of an instance are at work at the same time;
 * the others wait for their turn in the order they came.
 *
 * <p>Nearly every request needs a database connection, and an instance has few of them
 * ({@code PTDV_DB_POOL_SIZE}). Without turns, every connection to the server has its own thread at
 * work: under load dozens of threads share two cores, take the pool's connections from each other
 * (its hand-off is not first come, first served) and are switched in and out while they hold
 * one. Each page then costs more CPU, and some wait far longer than others. With turns, the
 * threads at work are few and each finishes quickly; a request waits at most as long as the
 * requests ahead of it. Waiting threads are parked and cost nothing.
 *
 * <p>The default is the size of the connection pool: a request beyond it would wait for a
 * connection anyway. Only requests as they come in take a turn: an error page that the server
 * dispatches once the request's own handling is over, and a streamed answer written on another
 * thread after the request returned, need none. The health probe never waits (a load balancer
 * asks it while the instance is busy).
 *
 * <p>An upload and a form's fields are read before the turn ({@link RequestBodyLimit} comes
 * first); a JSON body is read, and the answer written, in it: a client that sends or receives
 * slowly holds its turn meanwhile, unless a reverse proxy that buffers both (nginx does by
 * default) stands in front, as the README's production setup has it. A request that has not had
 * its turn after {@code ptdv.http.turn-timeout} is answered 503 in Vietnamese (problem details for
 * the API) with {@code Retry-After}, and nothing of it is done.
 */
@Configuration(proxyBeanMethods = false)
class RequestTurns {

    @Bean
    FilterRegistrationBean<Turns> requestTurnsFilter(@Value("${ptdv.http.requests-at-once}") int atOnce,
            @Value("${ptdv.http.turn-timeout}") Duration timeout, FilterRefusal refusal, Messages messages) {
        Turns turns = new Turns(atOnce, timeout, (request, response) -> refusal.write(request, response,
                HttpServletResponse.SC_SERVICE_UNAVAILABLE, "error.page.503", messages.text("error.busy.detail")));
        FilterRegistrationBean<Turns> registration = new FilterRegistrationBean<>(turns);
        registration.setName("requestTurns");
        // After the character encoding and the size limits of bodies (which read an upload and a
        // form before the turn), before the session's, Spring Security's and every later filter:
        // the session, the security context and the page's transaction are all read in the turn.
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 20);
        registration.setDispatcherTypes(DispatcherType.REQUEST);
        return registration;
    }

    /** How a request that waited too long is answered. */
    @FunctionalInterface
    interface Busy {
        void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;
    }

    /** The filter: a fair semaphore, taken before the rest of the chain and given back after it. */
    static final class Turns implements Filter {
        private static final String HEALTH = "/actuator/health";
        private final Semaphore turns;
        private final long timeoutNanos;
        private final Busy busy;

        Turns(int atOnce, Duration timeout, Busy busy) {
            if (atOnce < 1) {
                throw new IllegalArgumentException("ptdv.http.requests-at-once must be at least 1: " + atOnce);
            }
            this.turns = new Semaphore(atOnce, true);
            this.timeoutNanos = timeout.toNanos();
            this.busy = busy;
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            String path = http.getRequestURI().substring(http.getContextPath().length());
            if (path.equals(HEALTH) || path.startsWith(HEALTH + "/")) {
                chain.doFilter(request, response);
                return;
            }
            boolean turn;
            try {
                turn = turns.tryAcquire(timeoutNanos, TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                turn = false;
            }
            if (!turn) {
                HttpServletResponse answer = (HttpServletResponse) response;
                answer.setHeader("Retry-After", "10");
                busy.answer(http, answer);
                return;
            }
            try {
                chain.doFilter(request, response);
            } finally {
                turns.release();
            }
        }

        /** Requests waiting for their turn now. */
        int waiting() {
            return turns.getQueueLength();
        }
    }
}

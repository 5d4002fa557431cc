package vn.ptdv.identity.internal;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.session.jdbc.config.annotation.SpringSessionTransactionManager;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionException;
import org.springframework.transaction.support.TransactionCallback;
import org.springframework.transaction.support.TransactionOperations;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The session of a signed-in request is read from the database once, and written only when it
 * changed or when its last access stored there is more than {@link #LAST_ACCESS_WRITE} old.
 *
 * <p>Spring Session's filter looks the session up again after saving it, to decide whether to
 * send the cookie again ({@code SessionRepositoryFilter.commitSession}, spring-session#1731); and
 * the JDBC repository updates the session's row on every request for its last access alone. Here
 * the repository that the filter and {@link SessionTerminator} use is wrapped: within one request
 * a session already read (or just saved) is answered from memory, and a save that would only move
 * the last access by less than a minute is skipped. A save asked for while the page's transaction
 * is open (the response was committed as the template rendered) waits for the end of the request. Sessions stay in the database, shared by every
 * instance; a session idle for its whole timeout (60 minutes) may therefore end up to a minute
 * early, which nobody notices.
 *
 * <p>Reading a session is one statement (the session joined with its attributes), so outside any
 * transaction it runs without one of its own: a page then opens one transaction, its own read-only
 * one. An expired session that the read finds is deleted by one statement, in the same way.
 * Saving, deleting and the cleanup of expired sessions keep the new transaction that Spring
 * Session gives each of them, on the transaction manager it would have chosen.
 */
@Configuration(proxyBeanMethods = false)
class SessionReads {
    /** A session's last access is written at most this often when nothing else in it changed. */
    static final Duration LAST_ACCESS_WRITE = Duration.ofMinutes(1);

    private static final ThreadLocal<Map<String, Tracked>> REQUEST = new ThreadLocal<>();
    /** Set while the repository reads a session: its callback then runs without a transaction. */
    private static final ThreadLocal<Boolean> READING = new ThreadLocal<>();

    /**
     * What Spring Session runs its statements in (it takes the bean of this name): a new transaction
     * on its transaction manager — the one qualified {@link SpringSessionTransactionManager} when
     * there is one (the primary's, beside a read replica), else the application's — except while a
     * session is read. Not a default candidate: the application's own TransactionTemplate stays Spring
     * Boot's.
     */
    @Bean(defaultCandidate = false)
    static TransactionOperations springSessionTransactionOperations(
            @SpringSessionTransactionManager ObjectProvider<PlatformTransactionManager> sessions,
            ObjectProvider<PlatformTransactionManager> application) {
        PlatformTransactionManager manager = sessions.getIfAvailable(application::getObject);
        TransactionTemplate writes = new TransactionTemplate(manager);
        writes.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        return new ReadsWithoutTransaction(writes);
    }

    /** Spring Session's transactions, but none for a read. */
    static final class ReadsWithoutTransaction implements TransactionOperations {
        private final TransactionOperations writes;

        ReadsWithoutTransaction(TransactionOperations writes) {
            this.writes = writes;
        }

        @Override
        public <T> T execute(TransactionCallback<T> action) throws TransactionException {
            // Within a transaction of the request (a page's read-only one) a read takes its own, as a
            // write would: it must not run on, or join, the page's connection.
            boolean plainRead = READING.get() != null && !TransactionSynchronizationManager.isActualTransactionActive();
            return (plainRead ? TransactionOperations.withoutTransaction() : writes).execute(action);
        }
    }

    @Bean
    static BeanPostProcessor sessionsReadOncePerRequest() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof FindByIndexNameSessionRepository<?> repository && !(bean instanceof ReadOnce)) {
                    return new ReadOnce(repository, Clock.systemUTC());
                }
                return bean;
            }
        };
    }

    @Bean
    FilterRegistrationBean<RequestMemory> sessionMemoryOfTheRequest() {
        FilterRegistrationBean<RequestMemory> registration = new FilterRegistrationBean<>(new RequestMemory());
        registration.setName("sessionMemoryOfTheRequest");
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }

    /** Opens the memory of one request's sessions around Spring Session's filter, and closes it. */
    static final class RequestMemory implements Filter {
        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (REQUEST.get() != null) {
                chain.doFilter(request, response); // a forward or an error page within the request
                return;
            }
            REQUEST.set(new HashMap<>());
            try {
                chain.doFilter(request, response);
            } finally {
                REQUEST.remove();
            }
        }
    }

    /** The session repository with the memory of the request and the skipped last-access writes. */
    static final class ReadOnce implements FindByIndexNameSessionRepository<Tracked>, DisposableBean {
        private final FindByIndexNameSessionRepository<Session> sessions;
        private final Clock clock;

        @SuppressWarnings("unchecked")
        ReadOnce(FindByIndexNameSessionRepository<? extends Session> sessions, Clock clock) {
            // Only sessions that this repository made or read are given back to it.
            this.sessions = (FindByIndexNameSessionRepository<Session>) sessions;
            this.clock = clock;
        }

        @Override
        public Tracked createSession() {
            return new Tracked(sessions.createSession(), true, clock);
        }

        @Override
        public void save(Tracked session) {
            if (REQUEST.get() != null && TransactionSynchronizationManager.isActualTransactionActive()) {
                // The response was committed while a page renders in its transaction: Spring Session's
                // filter saves again when the request ends. Saving now would take a second connection
                // while the page holds one, and under load the pool would run dry.
                remember(session);
                return;
            }
            if (session.isNew || session.changed || !session.storedLastAccess.plus(LAST_ACCESS_WRITE)
                    .isAfter(session.getLastAccessedTime())) {
                sessions.save(session.session);
                session.isNew = false;
                session.changed = false;
                session.storedLastAccess = session.getLastAccessedTime();
            }
            remember(session);
        }

        @Override
        public Tracked findById(String id) {
            Map<String, Tracked> request = REQUEST.get();
            Tracked known = request == null ? null : request.get(id);
            if (known != null) {
                return known;
            }
            Session stored;
            READING.set(Boolean.TRUE);
            try {
                stored = sessions.findById(id);
            } finally {
                READING.remove();
            }
            if (stored == null) {
                return null;
            }
            return remember(new Tracked(stored, false, clock));
        }

        @Override
        public void deleteById(String id) {
            Map<String, Tracked> request = REQUEST.get();
            if (request != null) {
                request.remove(id);
            }
            sessions.deleteById(id);
        }

        @Override
        public Map<String, Tracked> findByIndexNameAndIndexValue(String indexName, String indexValue) {
            Map<String, Tracked> found = new LinkedHashMap<>();
            sessions.findByIndexNameAndIndexValue(indexName, indexValue)
                    .forEach((id, session) -> found.put(id, new Tracked(session, false, clock)));
            return found;
        }

        @Override
        public void destroy() throws Exception {
            if (sessions instanceof DisposableBean disposable) {
                disposable.destroy();
            }
        }

        private static Tracked remember(Tracked session) {
            Map<String, Tracked> request = REQUEST.get();
            if (request != null) {
                request.put(session.getId(), session);
            }
            return session;
        }
    }

    /**
     * A session of the repository that knows whether anything but its last access changed. Its
     * last access is the instant of the repository's clock, not the one Spring Session's filter
     * passes: the same system time in the application (the sessions' expiry in the database is
     * reckoned by it too, whatever the application's business day), a fixed instant in tests.
     */
    static final class Tracked implements Session {
        private final Session session;
        private final Clock clock;
        private boolean isNew;
        private boolean changed;
        private Instant storedLastAccess;

        Tracked(Session session, boolean isNew, Clock clock) {
            this.session = session;
            this.clock = clock;
            this.isNew = isNew;
            this.storedLastAccess = session.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return session.getId();
        }

        @Override
        public String changeSessionId() {
            changed = true;
            return session.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String attributeName) {
            return session.getAttribute(attributeName);
        }

        @Override
        public Set<String> getAttributeNames() {
            return session.getAttributeNames();
        }

        @Override
        public void setAttribute(String attributeName, Object attributeValue) {
            changed = true;
            session.setAttribute(attributeName, attributeValue);
        }

        @Override
        public void removeAttribute(String attributeName) {
            changed = true;
            session.removeAttribute(attributeName);
        }

        @Override
        public Instant getCreationTime() {
            return session.getCreationTime();
        }

        @Override
        public void setLastAccessedTime(Instant filtersNow) {
            session.setLastAccessedTime(clock.instant());
        }

        @Override
        public Instant getLastAccessedTime() {
            return session.getLastAccessedTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            if (!interval.equals(session.getMaxInactiveInterval())) {
                changed = true;
            }
            session.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return session.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return session.isExpired();
        }
    }
}

package vn.ptdv.shared.database;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.WebUtils;

/**
 * Classifies each request once its caller is authenticated: a request that changes nothing and
 * follows no recent write of its client reads from the replica; a write marks its client (the
 * {@link AfterWriteWindow#COOKIE} cookie) so that the pages that follow it read from the primary.
 */
final class ReplicaReadsFilter extends OncePerRequestFilter {
    private final AfterWriteWindow afterWrite;
    private final Clock clock;

    ReplicaReadsFilter(AfterWriteWindow afterWrite, Clock clock) {
        this.afterWrite = afterWrite;
        this.clock = clock;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Instant now = clock.instant();
        String method = request.getMethod();
        if (AfterWriteWindow.writes(method)) {
            String path = request.getContextPath().isEmpty() ? "/" : request.getContextPath();
            response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(AfterWriteWindow.COOKIE,
                    afterWrite.primaryUntil(now)).path(path).maxAge(afterWrite.window()).httpOnly(true)
                    .secure(request.isSecure()).sameSite("Lax").build().toString());
        }
        Cookie primaryUntil = WebUtils.getCookie(request, AfterWriteWindow.COOKIE);
        boolean replica = afterWrite.readsReplica(method, primaryUntil == null ? null : primaryUntil.getValue(), now);
        ReplicaRouting.allowReplica(replica);
        try {
            chain.doFilter(request, response);
        } finally {
            ReplicaRouting.clear();
        }
    }
}

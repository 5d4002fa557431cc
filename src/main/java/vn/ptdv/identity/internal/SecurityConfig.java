package vn.ptdv.identity.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.web.csrf.CookieCsrfTokenRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.savedrequest.CookieRequestCache;
import tools.jackson.databind.json.JsonMapper;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.shared.Messages;

/**
 * Two doors with the same accounts: the JSON API under {@code /api/**} with HTTP Basic and no
 * session, and the pages with a login form, CSRF protection and a session kept in the database.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    /**
     * Scripts only from the application's own files (no inline script, no eval: htmx is told so
     * in the layout); inline styles stay allowed for Bootstrap's and htmx's style attributes.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; "
            + "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    /**
     * The same headers on both doors: the policy above, no referrer to other sites, and HSTS on
     * requests that came over TLS (directly or through a proxy that says so in X-Forwarded-Proto).
     */
    private static void headers(HttpSecurity http) throws Exception {
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .httpStrictTransportSecurity(hsts -> hsts.maxAgeInSeconds(31_536_000).includeSubDomains(true)));
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Messages messages, JsonMapper json, ApiTokens tokens,
            AccountDetailsService accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle, UserStore store,
            AuditLog audit, Clock clock) throws Exception {
        headers(http);
        AuthenticationEntryPoint unauthorized = apiUnauthorized(messages, json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .authenticationManager(apiPasswords(accounts, passwordEncoder, throttle, store, audit, clock))
                .addFilterBefore(bearerTokens(tokens, unauthorized), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("ptdv").authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        writeProblem(json, response, HttpServletResponse.SC_FORBIDDEN, messages.text("error.forbidden.title"),
                                messages.text("error.forbidden.detail"))));
        return http.build();
    }

    /** 429 for a throttled attempt, 401 in Vietnamese for a refused token, password or account. */
    private static AuthenticationEntryPoint apiUnauthorized(Messages messages, JsonMapper json) {
        return (request, response, e) -> {
            if (e instanceof LoginThrottledException throttled) {
                response.setHeader("Retry-After", Long.toString(throttled.waitSeconds()));
                writeProblem(json, response, 429, messages.text("error.http.429.title"),
                        messages.text("login.error.waitSeconds", throttled.waitSeconds()));
                return;
            }
            String detail;
            if (e instanceof ApiTokens.Refused refused) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"ptdv\", error=\"invalid_token\"");
                detail = messages.text(refused.messageKey(), refused.args());
            } else {
                response.setHeader("WWW-Authenticate", "Basic realm=\"ptdv\", charset=\"UTF-8\"");
                detail = messages.text(e instanceof DisabledException ? "login.error.disabled"
                        : "error.unauthorized.detail");
            }
            writeProblem(json, response, HttpServletResponse.SC_UNAUTHORIZED, messages.text("error.unauthorized.title"),
                    detail);
        };
    }

    /**
     * HTTP Basic for scripts. A credential whose BCrypt check succeeded in the last few minutes
     * ({@link RecentlyVerifiedPasswords}) is let in by the account's row alone: no hash, no write.
     * Anything else — a wrong password, a new one, a disabled account — goes the one way in of
     * {@link ThrottledLogin}: throttled by account and address, audited when it fails, and
     * remembered when it succeeds. Wrong passwords are never remembered, so guessing stays throttled.
     */
    private static AuthenticationManager apiPasswords(AccountDetailsService accounts, PasswordEncoder encoder,
            LoginThrottle throttle, UserStore store, AuditLog audit, Clock clock) {
        RecentlyVerifiedPasswords recently = new RecentlyVerifiedPasswords(encoder, clock);
        DaoAuthenticationProvider remembered = new DaoAuthenticationProvider(accounts);
        remembered.setPasswordEncoder(recently.rememberedOnly());
        // Nothing is told before the password: a disabled account falls through to the throttled way.
        remembered.setPreAuthenticationChecks(user -> {
        });
        remembered.setPostAuthenticationChecks(user -> {
            if (!user.isEnabled()) {
                throw new BadCredentialsException("Account disabled: checked the throttled way");
            }
        });
        return new ProviderManager(remembered, new ThrottledLogin(accounts, recently, throttle, store, audit, clock, true));
    }

    /** {@code Authorization: Bearer <token>}: an API token of the account page, checked without a session. */
    private static AuthenticationFilter bearerTokens(ApiTokens tokens, AuthenticationEntryPoint unauthorized) {
        AuthenticationManager byToken = presented -> {
            AccountPrincipal account = tokens.authenticate((String) presented.getCredentials());
            return new PreAuthenticatedAuthenticationToken(account, null, account.getAuthorities());
        };
        AuthenticationConverter bearer = request -> {
            String header = request.getHeader("Authorization");
            if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                return null;
            }
            return new PreAuthenticatedAuthenticationToken(null, header.substring(7).strip());
        };
        AuthenticationFilter filter = new AuthenticationFilter(byToken, bearer);
        filter.setSuccessHandler((request, response, authentication) -> {
        });
        filter.setFailureHandler(new AuthenticationEntryPointFailureHandler(unauthorized));
        return filter;
    }

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http) throws Exception {
        headers(http);
        // Nothing is kept in a session for an anonymous visitor: the CSRF token of the login form
        // and the page to return to after login travel in cookies; a session starts at login.
        http.csrf(csrf -> csrf.csrfTokenRepository(new CookieCsrfTokenRepository()))
                .requestCache(cache -> cache.requestCache(new CookieRequestCache()));
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/webjars/**", "/css/**", "/js/**", "/img/**", "/favicon.ico", "/login",
                                "/error", "/actuator/health", "/actuator/health/**").permitAll()
                        // The API's description is the same for every installation and holds no data.
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**")
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").failureHandler(loginFailure()).permitAll())
                .logout(logout -> logout.logoutUrl("/logout").logoutSuccessUrl("/login?logout").permitAll());
        return http.build();
    }

    /**
     * Tells a throttled attempt (any name) or a disabled account (only after its right password)
     * apart from a wrong password on the login page.
     */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> {
            String reason = e instanceof LoginThrottledException ? "wait"
                    : e instanceof DisabledException ? "disabled" : "bad";
            response.sendRedirect(request.getContextPath() + "/login?error=" + reason);
        };
    }

    private static void writeProblem(JsonMapper json, HttpServletResponse response, int status, String title,
            String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", "about:blank");
        problem.put("title", title);
        problem.put("status", status);
        problem.put("detail", detail);
        response.getOutputStream().write(json.writeValueAsBytes(problem));
    }
}

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
import org.springframework.security.authentication.AuthenticationEventPublisher;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.authentication.AuthenticationConverter;
import org.springframework.security.web.authentication.AuthenticationEntryPointFailureHandler;
import org.springframework.security.web.authentication.AuthenticationFilter;
import org.springframework.security.web.authentication.preauth.PreAuthenticatedAuthenticationToken;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import tools.jackson.databind.json.JsonMapper;
import vn.ptdv.shared.Messages;

/**
 * Two doors with the same accounts: the JSON API under {@code /api/**} with an API token
 * ({@code Authorization: Bearer}) or HTTP Basic and no session, and the pages with a login form, CSRF protection and a session kept in the database.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfig {
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    @Order(1)
    SecurityFilterChain api(HttpSecurity http, Messages messages, JsonMapper json, ApiTokens tokens,
            UserDetailsService accounts, PasswordEncoder passwordEncoder, AuthenticationEventPublisher events,
            Clock clock) throws Exception {
        AuthenticationEntryPoint unauthorized = apiUnauthorized(messages, json);
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(requests -> requests.anyRequest().authenticated())
                .authenticationManager(recentlyVerified(accounts, passwordEncoder, events, clock))
                .addFilterBefore(bearerTokens(tokens, unauthorized), BasicAuthenticationFilter.class)
                .httpBasic(basic -> basic.realmName("ptdv").authenticationEntryPoint(unauthorized))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .exceptionHandling(errors -> errors.accessDeniedHandler((request, response, e) ->
                        writeProblem(json, response, HttpServletResponse.SC_FORBIDDEN, messages.text("error.forbidden.title"),
                                messages.text("error.forbidden.detail"))));
        return http.build();
    }

    /** 401 in Vietnamese: why a token, a password or an account was refused. */
    private static AuthenticationEntryPoint apiUnauthorized(Messages messages, JsonMapper json) {
        return (request, response, e) -> {
            String detail;
            if (e instanceof ApiTokens.Refused refused) {
                response.setHeader("WWW-Authenticate", "Bearer realm=\"ptdv\", error=\"invalid_token\"");
                detail = messages.text(refused.messageKey(), refused.args());
            } else {
                response.setHeader("WWW-Authenticate", "Basic realm=\"ptdv\", charset=\"UTF-8\"");
                String key = e instanceof LockedException ? "login.error.locked"
                        : e instanceof DisabledException ? "login.error.disabled" : "error.unauthorized.detail";
                detail = messages.text(key);
            }
            writeProblem(json, response, HttpServletResponse.SC_UNAUTHORIZED, messages.text("error.unauthorized.title"),
                    detail);
        };
    }

    /**
     * HTTP Basic for scripts, with each successful BCrypt check trusted for a few minutes
     * ({@link RecentlyVerifiedPasswords}); failures and successes still reach {@link LoginAttempts}.
     */
    private static AuthenticationManager recentlyVerified(UserDetailsService accounts, PasswordEncoder encoder,
            AuthenticationEventPublisher events, Clock clock) {
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(new RecentlyVerifiedPasswords(encoder, clock));
        ProviderManager manager = new ProviderManager(provider);
        manager.setAuthenticationEventPublisher(events);
        return manager;
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

    /** Tells a locked or disabled account apart from a wrong password on the login page. */
    private static AuthenticationFailureHandler loginFailure() {
        return (request, response, e) -> {
            String reason = e instanceof LockedException ? "locked" : e instanceof DisabledException ? "disabled" : "bad";
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

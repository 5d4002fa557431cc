package vn.ptdv.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.identity.internal.ApiTokenStore.Presented;
import vn.ptdv.identity.internal.ApiTokenStore.TokenRow;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;

/**
 * API tokens of the signed-in account: created and revoked on the account page, each shown once.
 * A token acts as its account does at the time of the call (role, scope, enabled), so a change
 * of the account applies to its tokens at once. Only the SHA-256 of a token is stored: the token
 * is 256 random bits, which no dictionary holds, so a slow password hash would add nothing.
 *
 * <p>A token's use is written in the audit log as {@code API_LOGIN} once per
 * {@link RecentlyVerifiedPasswords#INTERVAL} on each instance — the same pace as HTTP Basic's
 * remembered check — not on every call, so a script calling every second writes one entry per
 * five minutes.
 */
@Service
class ApiTokens {
    static final String PREFIX = "ptdv_";
    /** The last use of a token is written at most this often (on any instance). */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApiTokenStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final Cache<Long, Boolean> recentlyAudited;

    ApiTokens(ApiTokenStore store, AuditLog audit, Clock clock) {
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.recentlyAudited = Caffeine.newBuilder()
                .expireAfterWrite(RecentlyVerifiedPasswords.INTERVAL)
                .maximumSize(10_000)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    /** A token to create: its name and the last day it works (none: until revoked). */
    record NewToken(String name, LocalDate expiresOn) {
    }

    /** A token just created, with the only copy of its text. */
    record Created(TokenRow token, String secret) {
    }

    /** An API call refused because of its token; the message key says why. */
    static final class Refused extends AuthenticationException {
        private final transient Object[] args;

        Refused(String messageKey, Object... args) {
            super(messageKey);
            this.args = args.clone();
        }

        String messageKey() {
            return getMessage();
        }

        Object[] args() {
            return args.clone();
        }
    }

    @Transactional(readOnly = true)
    List<TokenRow> mine() {
        return store.ofUser(CurrentUser.require().id());
    }

    @Transactional
    Created create(NewToken request) {
        CurrentUser me = CurrentUser.require();
        Problems problems = new Problems("apiToken");
        if (request.expiresOn() != null && request.expiresOn().isBefore(today())) {
            problems.refuse("expiresOn", "apiToken.expiresOn.past", VietnameseDates.format(request.expiresOn()));
        }
        problems.throwIfAny();
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(randomBytes());
        long id = store.insert(me.id(), request.name(), hash(secret), now(), request.expiresOn());
        audit.record("API_TOKEN_CREATED", "api_token", String.valueOf(id), me.homeOrganizationId(),
                "account=" + me.username() + "; name=" + request.name() + "; expiresOn="
                        + (request.expiresOn() == null ? "-" : request.expiresOn()));
        return new Created(store.find(me.id(), id).orElseThrow(), secret);
    }

    /** Revokes one of the signed-in account's own tokens; anyone else's is not found. */
    @Transactional
    TokenRow revoke(long id) {
        CurrentUser me = CurrentUser.require();
        TokenRow token = store.find(me.id(), id)
                .orElseThrow(() -> new NotFoundException("apiToken.notFound", String.valueOf(id)));
        if (store.revoke(me.id(), id, now())) {
            audit.record("API_TOKEN_REVOKED", "api_token", String.valueOf(id), me.homeOrganizationId(),
                    "account=" + me.username() + "; name=" + token.name());
        }
        return token;
    }

    /** The account a token presented to the API acts for, or why it is refused. */
    AccountPrincipal authenticate(String secret) {
        Presented token = store.presented(hash(secret)).orElseThrow(() -> new Refused("apiToken.refused.unknown"));
        if (token.revokedAt() != null) {
            throw new Refused("apiToken.refused.revoked");
        }
        if (token.expiresOn() != null && token.expiresOn().isBefore(today())) {
            throw new Refused("apiToken.refused.expired", VietnameseDates.format(token.expiresOn()));
        }
        if (!token.enabled()) {
            throw new DisabledException("login.error.disabled");
        }
        OffsetDateTime now = now();
        if (token.lastUsedAt() == null || token.lastUsedAt().isBefore(now.minus(LAST_USED_PRECISION))) {
            store.touch(token.id(), now, now.minus(LAST_USED_PRECISION));
        }
        if (recentlyAudited.asMap().putIfAbsent(token.id(), Boolean.TRUE) == null) {
            audit.recordAs(token.username(), "API_LOGIN", "api_token", String.valueOf(token.id()),
                    token.organizationId(), "via=token");
        }
        CurrentUser user = new CurrentUser(token.userId(), token.username(), token.fullName(), token.role(),
                token.organizationId());
        return new AccountPrincipal(user, null, true);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}

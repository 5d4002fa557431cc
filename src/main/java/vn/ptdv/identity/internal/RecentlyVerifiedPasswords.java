package vn.ptdv.identity.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * The password check of HTTP Basic on the API: a BCrypt check costs about 60 ms of CPU and a
 * script sends the same credentials on every call, so a successful check is remembered for
 * {@link #INTERVAL} under a SHA-256 of the stored hash and the password sent (never the password
 * itself). The account row is still read on every call, so that a disabled or locked account is
 * refused at once on every instance; a new password is a new stored hash, which no remembered
 * check matches, so the old password stops working at once on every instance too. A wrong
 * password is never remembered: it always pays the full check, throttled by {@link ThrottledLogin}.
 */
final class RecentlyVerifiedPasswords implements PasswordEncoder {
    /** How long a successful check is trusted without BCrypt. */
    static final Duration INTERVAL = Duration.ofMinutes(5);
    private static final int MAX_CREDENTIALS = 10_000;

    private final PasswordEncoder delegate;
    private final Cache<String, Boolean> verified;

    RecentlyVerifiedPasswords(PasswordEncoder delegate, Clock clock) {
        this.delegate = delegate;
        this.verified = Caffeine.newBuilder()
                .expireAfterWrite(INTERVAL)
                .maximumSize(MAX_CREDENTIALS)
                .ticker(() -> TimeUnit.MILLISECONDS.toNanos(clock.millis()))
                .executor(Runnable::run)
                .build();
    }

    @Override
    public String encode(CharSequence rawPassword) {
        return delegate.encode(rawPassword);
    }

    @Override
    public boolean matches(CharSequence rawPassword, String encodedPassword) {
        if (rawPassword == null || encodedPassword == null) {
            return delegate.matches(rawPassword, encodedPassword);
        }
        String key = key(rawPassword, encodedPassword);
        if (verified.getIfPresent(key) != null) {
            return true;
        }
        boolean matches = delegate.matches(rawPassword, encodedPassword);
        if (matches) {
            verified.put(key, Boolean.TRUE);
        }
        return matches;
    }

    /**
     * The same check answering only from memory: true for a credential verified in the last
     * {@link #INTERVAL}, false for anything else (which then takes the throttled, full check).
     */
    PasswordEncoder rememberedOnly() {
        return new PasswordEncoder() {
            @Override
            public String encode(CharSequence rawPassword) {
                return delegate.encode(rawPassword);
            }

            @Override
            public boolean matches(CharSequence rawPassword, String encodedPassword) {
                return rawPassword != null && encodedPassword != null
                        && verified.getIfPresent(key(rawPassword, encodedPassword)) != null;
            }
        };
    }

    @Override
    public boolean upgradeEncoding(String encodedPassword) {
        return delegate.upgradeEncoding(encodedPassword);
    }

    private static String key(CharSequence rawPassword, String encodedPassword) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(encodedPassword.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) 0);
            sha256.update(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}

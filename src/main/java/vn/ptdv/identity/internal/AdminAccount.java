package vn.ptdv.identity.internal;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.shared.Installation;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;

/**
 * The {@code admin} account exists from the first start. Its password is {@code PTDV_ADMIN_PASSWORD}
 * whenever that is set (in every mode); otherwise the demo password on a demo installation, or a
 * random one printed once to the log when the account is created.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class AdminAccount implements ApplicationRunner {
    static final String USERNAME = "admin";
    static final String DEMO_PASSWORD = "demo12345";
    private static final Logger log = LoggerFactory.getLogger(AdminAccount.class);

    private final UserStore store;
    private final PasswordEncoder encoder;
    private final Installation installation;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final String configuredPassword;

    AdminAccount(UserStore store, PasswordEncoder encoder, Installation installation, AuditLog audit,
            TransactionTemplate transaction, Clock clock, @Value("${ptdv.admin-password:}") String configuredPassword) {
        this.store = store;
        this.encoder = encoder;
        this.installation = installation;
        this.audit = audit;
        this.transaction = transaction;
        this.clock = clock;
        this.configuredPassword = configuredPassword;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!configuredPassword.isEmpty() && configuredPassword.length() < UserForms.MIN_PASSWORD) {
            throw new IllegalStateException("PTDV_ADMIN_PASSWORD must have at least " + UserForms.MIN_PASSWORD
                    + " characters");
        }
        SystemActor.run(() -> transaction.executeWithoutResult(status -> ensureAdmin()));
    }

    private void ensureAdmin() {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        var existing = store.findByUsername(USERNAME);
        if (existing.isPresent()) {
            if (!configuredPassword.isEmpty() && !encoder.matches(configuredPassword, existing.get().passwordHash())) {
                store.setPassword(existing.get().id(), encoder.encode(configuredPassword), now, SystemActor.USERNAME);
                audit.record("USER_PASSWORD_RESET", "user", USERNAME, null, "source=PTDV_ADMIN_PASSWORD");
                log.info("The password of account 'admin' was set from PTDV_ADMIN_PASSWORD");
            }
            return;
        }
        String password = !configuredPassword.isEmpty() ? configuredPassword
                : installation.demo() ? DEMO_PASSWORD : randomPassword();
        try {
            store.insert(USERNAME, encoder.encode(password), "Quản trị hệ thống", Role.ADMIN, null, now,
                    SystemActor.USERNAME);
        } catch (DuplicateKeyException anotherInstanceWasFaster) {
            return;
        }
        audit.record("USER_CREATED", "user", USERNAME, null, "role=ADMIN");
        if (configuredPassword.isEmpty() && !installation.demo()) {
            log.warn("Account 'admin' was created with the password (mật khẩu ban đầu của tài khoản admin): {}"
                    + " -- change it after the first login, or set PTDV_ADMIN_PASSWORD.", password);
        }
    }

    private static String randomPassword() {
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
        SecureRandom random = new SecureRandom();
        StringBuilder password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return password.toString();
    }
}

package vn.ptdv.shared.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.ptdv.shared.Installation;

/**
 * One line when the application is ready, for whoever started it: where to open it, which
 * database it uses, whether the demo dataset is on and how to sign in.
 */
@Component
class StartupLog {
    private static final Logger log = LoggerFactory.getLogger(StartupLog.class);

    private final Installation installation;
    private final String databaseUrl;
    private final boolean adminPasswordSet;

    StartupLog(Installation installation, @Value("${spring.datasource.url:}") String databaseUrl,
            @Value("${ptdv.admin-password:}") String adminPassword) {
        this.installation = installation;
        this.databaseUrl = databaseUrl;
        this.adminPasswordSet = !adminPassword.isBlank();
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port", "8080");
        String signIn = installation.demo()
                ? "the demo accounts (bantochuc, hoabinh, bithu.kp1, … — see the README) with the password demo12345"
                        + (adminPasswordSet ? ", or admin with PTDV_ADMIN_PASSWORD" : ", or admin / demo12345")
                : adminPasswordSet ? "admin with the password of PTDV_ADMIN_PASSWORD"
                        : "admin with the password printed when the account was created (or set PTDV_ADMIN_PASSWORD)";
        log.info("ptdv is ready at http://localhost:{}/ -- database: {} -- demo dataset (dữ liệu minh họa): {} -- sign in"
                + " as {}", port, describe(databaseUrl), installation.demo() ? "on" : "off", signIn);
    }

    /** The database without credentials: "embedded H2 file ./data/ptdv" or "PostgreSQL host:5432/ptdv". */
    static String describe(String url) {
        if (url.startsWith("jdbc:h2:file:")) {
            return "embedded H2 file " + url.substring("jdbc:h2:file:".length()).split(";")[0];
        }
        if (url.startsWith("jdbc:h2:mem:")) {
            return "in-memory H2 " + url.substring("jdbc:h2:mem:".length()).split(";")[0];
        }
        if (url.startsWith("jdbc:postgresql://")) {
            return "PostgreSQL " + url.substring("jdbc:postgresql://".length()).split("\\?")[0];
        }
        return url.split("[?;]")[0];
    }
}

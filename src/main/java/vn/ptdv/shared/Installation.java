package vn.ptdv.shared;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How this installation was started: on the embedded database or an external one, and whether
 * it shows the demo dataset ({@code PTDV_DEMO}; by default only on the embedded database).
 */
@Component
public class Installation {
    private final boolean embeddedDatabase;
    private final boolean demo;

    Installation(@Value("${ptdv.demo:}") String demo, @Value("${spring.datasource.url:}") String url) {
        this.embeddedDatabase = url.startsWith("jdbc:h2:");
        String value = demo.strip();
        if (value.isEmpty()) {
            this.demo = embeddedDatabase;
        } else if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            this.demo = Boolean.parseBoolean(value);
        } else {
            throw new IllegalStateException("PTDV_DEMO must be true or false, not '" + value + "'");
        }
    }

    public boolean embeddedDatabase() {
        return embeddedDatabase;
    }

    public boolean demo() {
        return demo;
    }
}

package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Content-Security-Policy allows scripts from the application's files only: no template may
 * hold a script body, an {@code on…} handler attribute or an htmx {@code hx-on} attribute.
 */
class TemplatesWithoutInlineScriptTest {
    private static final Path TEMPLATES = Path.of("src/main/resources/templates");
    private static final Pattern SCRIPT = Pattern.compile("<script\\b([^>]*)>(.*?)</script>", Pattern.DOTALL);
    private static final Pattern HANDLER = Pattern.compile("\\s(?:th:|data-th-)?(on[a-z]+|hx-on[:\\-a-z]*)\\s*=",
            Pattern.CASE_INSENSITIVE);

    @Test
    void noTemplateHoldsInlineScript() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(TEMPLATES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html")).toList()) {
                String html = Files.readString(file);
                Matcher script = SCRIPT.matcher(html);
                while (script.find()) {
                    if (!script.group(1).contains("src=") || !script.group(2).isBlank()) {
                        found.add(file + ": " + script.group());
                    }
                }
                Matcher handler = HANDLER.matcher(html);
                while (handler.find()) {
                    found.add(file + ": " + handler.group(1));
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theScannerFindsWhatItLooksFor() {
        assertThat(SCRIPT.matcher("<script>alert(1)</script>").find()).isTrue();
        assertThat(HANDLER.matcher("<button onclick=\"x()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<div hx-on:click=\"x()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<a th:onclick=\"x()\">").find()).isTrue();
        assertThat(HANDLER.matcher("<input name=\"ongoing\">").find()).isFalse();
    }
}

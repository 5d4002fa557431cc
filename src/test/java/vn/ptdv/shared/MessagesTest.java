package vn.ptdv.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;

/** Every text a user reads has its Vietnamese message. */
class MessagesTest {
    private static final Pattern TEMPLATE_KEY = Pattern.compile("#\\{([a-zA-Z0-9_.]+)");
    private static final Pattern JAVA_KEY = Pattern.compile(
            "\"((?:validation|date|error|org|user|login|audit|form|pager|layout|nav|home|app|api|person|member|movement|report|restructuring|structure|class|participant|prospect|survey)\\.[A-Za-z0-9_.]*[A-Za-z0-9])\"");

    private static Properties messages() throws IOException {
        Properties properties = new Properties();
        try (var in = MessagesTest.class.getResourceAsStream("/messages_vi.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> keysIn(Path root, String extension, Pattern pattern) throws IOException {
        Set<String> keys = new HashSet<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(extension)).toList()) {
                Matcher matcher = pattern.matcher(Files.readString(file));
                while (matcher.find()) {
                    keys.add(matcher.group(1));
                }
            }
        }
        return keys;
    }

    @Test
    void everyKeyUsedByTemplatesAndCodeHasAVietnameseText() throws IOException {
        Properties messages = messages();
        Set<String> used = new HashSet<>(keysIn(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY));
        used.addAll(keysIn(Path.of("src/main/java"), ".java", JAVA_KEY));
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void everyRoleTypeAndKindHasAName() throws IOException {
        Properties messages = messages();
        for (Role role : Role.values()) {
            assertThat(messages).containsKey(role.messageKey());
        }
        for (OrganizationType type : OrganizationType.values()) {
            assertThat(messages).containsKey(type.messageKey());
        }
        for (CellKind kind : CellKind.values()) {
            assertThat(messages).containsKey(kind.messageKey());
        }
    }

    @Test
    void theTextsAreStoredComposed() throws IOException {
        String raw = Files.readString(Path.of("src/main/resources/messages_vi.properties"));
        assertThat(raw).isEqualTo(java.text.Normalizer.normalize(raw, java.text.Normalizer.Form.NFC));
    }
}

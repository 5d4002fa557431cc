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
    /**
     * Strings in Java code that look like message keys (a first word of the bundle, a dot) but
     * name a field of the input, each with where it comes from.
     */
    private static final Set<String> FIELD_PATHS = Set.of(
            "import.members", // the subject of the problems of a members import (MemberImport)
            "target.code", // the example of a nested field in Problems' documentation
            "union.type", "union.resolutionDate"); // fields of the dossier's step form (DossierForms)
    /**
     * Words that Vietnamese writes twice in a row, each with its reason; every other doubled word
     * in a message is a mistake.
     */
    private static final Set<String> DOUBLED_ON_PURPOSE = Set.of(
            "bộ bộ", // "đảng bộ bộ phận": the name of a partial Party committee (Điều lệ Đảng)
            "lô lô"); // "Lô Lô": one of the 54 ethnic groups, by its official name
    private static final Pattern DOUBLED_WORD = Pattern.compile("(?<![\\p{L}\\p{N}])([\\p{L}\\p{N}]+)\\s+(\\1)(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

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

    /** A quoted string in Java that starts with one of the bundle's first words and a dot. */
    private static Pattern javaKeys(Properties messages) {
        Set<String> firstWords = new java.util.TreeSet<>();
        messages.stringPropertyNames().forEach(key -> firstWords.add(key.substring(0, key.indexOf('.'))));
        return Pattern.compile("\"((?:" + String.join("|", firstWords) + ")\\.[A-Za-z0-9_.-]*[A-Za-z0-9])\"");
    }

    @Test
    void everyKeyUsedByTemplatesAndCodeHasAVietnameseText() throws IOException {
        Properties messages = messages();
        Set<String> used = new HashSet<>(keysIn(Path.of("src/main/resources/templates"), ".html", TEMPLATE_KEY));
        Set<String> inJava = keysIn(Path.of("src/main/java"), ".java", javaKeys(messages));
        assertThat(inJava).containsAll(FIELD_PATHS).hasSizeGreaterThan(500);
        used.addAll(inJava);
        used.removeAll(FIELD_PATHS);
        used.removeIf(key -> key.endsWith("."));
        assertThat(used).isNotEmpty().allSatisfy(key -> assertThat(messages).containsKey(key));
    }

    @Test
    void everyCodeListHasAVietnameseNameForEachValue() throws Exception {
        Properties messages = messages();
        int lists = 0;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                if (!source.contains("public enum ") || !source.contains("public String messageKey()")) {
                    continue;
                }
                String name = Path.of("src/main/java").relativize(file).toString().replace('/', '.')
                        .replaceAll("\\.java$", "");
                Class<?> type = Class.forName(name);
                for (Object value : type.getEnumConstants()) {
                    String key = (String) type.getMethod("messageKey").invoke(value);
                    assertThat(messages).as("%s.%s", type.getSimpleName(), value).containsKey(key);
                }
                lists++;
            }
        }
        assertThat(lists).isGreaterThan(20);
    }

    @Test
    void noMessageHasAWordTwiceInARow() throws IOException {
        Properties messages = messages();
        assertThat(messages.stringPropertyNames()).allSatisfy(key -> {
            Matcher doubled = DOUBLED_WORD.matcher(messages.getProperty(key));
            while (doubled.find()) {
                assertThat(DOUBLED_ON_PURPOSE).as("%s: \"%s\"", key, doubled.group()).contains(
                        doubled.group().toLowerCase(java.util.Locale.ROOT).replaceAll("\\s+", " "));
            }
        });
    }

    @Test
    void theDoubledWordCheckFindsARepeatedWordButNotTheSameWordAcrossPunctuation() {
        assertThat(DOUBLED_WORD.matcher("Kỳ Nhiệm kỳ 2025-2030").find()).isFalse();
        assertThat(DOUBLED_WORD.matcher("Nhiệm kỳ kỳ 2025").find()).isTrue();
        assertThat(DOUBLED_WORD.matcher("Chi bộ Bộ Tư pháp").find()).isTrue();
        assertThat(DOUBLED_WORD.matcher("ngày quyết định: ngày lễ").find()).isFalse();
        assertThat(DOUBLED_WORD.matcher("học sinh, sinh viên").find()).isFalse();
    }

    @Test
    void everyMessageAddressesTheUserAsDongChi() throws IOException {
        Properties messages = messages();
        Pattern informal = Pattern.compile("(?<!\\p{L})(bạn|cậu|anh/chị|anh chị)(?!\\p{L})",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertThat(messages.stringPropertyNames())
                .allSatisfy(key -> assertThat(informal.matcher(messages.getProperty(key)).find()).as(key).isFalse());
        assertThat(messages.values()).anySatisfy(text -> assertThat((String) text).contains("đồng chí"));
    }

    @Test
    void everyKeyIsDefinedOnce() throws IOException {
        Set<String> seen = new HashSet<>();
        for (String line : Files.readAllLines(Path.of("src/main/resources/messages_vi.properties"))) {
            if (!line.isBlank() && !line.startsWith("#") && line.contains("=")) {
                String key = line.substring(0, line.indexOf('=')).strip();
                assertThat(seen.add(key)).as("defined again: %s", key).isTrue();
            }
        }
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

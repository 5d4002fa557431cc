package vn.ptdv.membership;

import java.util.List;
import java.util.stream.IntStream;

/**
 * The 54 recognized ethnic groups by their official two-digit codes (01 Kinh … 54 Rơ Măm);
 * the names are in the message bundle under {@code ethnicity.<code>}.
 */
public final class Ethnicity {
    public static final String KINH = "01";
    public static final List<String> CODES = IntStream.rangeClosed(1, 54).mapToObj(i -> String.format("%02d", i))
            .toList();

    private Ethnicity() {
    }

    public static boolean isKnown(String code) {
        return CODES.contains(code);
    }

    public static boolean isMinority(String code) {
        return !KINH.equals(code);
    }

    public static String messageKey(String code) {
        return "ethnicity." + code;
    }
}

package vn.ptdv.membership;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The school level a general education such as "9/12" reaches, as the statistics group it:
 * primary, lower secondary, upper secondary (in the 12-grade system; in the old 10-grade system
 * grades 1–4, 5–7 and 8–10).
 */
public enum GeneralEducation {
    PRIMARY,
    LOWER_SECONDARY,
    UPPER_SECONDARY;

    private static final Pattern FORM = Pattern.compile("(\\d{1,2})/(10|12)");

    /** The level of a well-formed "grade/system"; empty for none or a malformed one. */
    public static Optional<GeneralEducation> of(String education) {
        if (education == null) {
            return Optional.empty();
        }
        Matcher matcher = FORM.matcher(education.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        int grade = Integer.parseInt(matcher.group(1));
        boolean twelve = "12".equals(matcher.group(2));
        if (grade <= (twelve ? 5 : 4)) {
            return Optional.of(PRIMARY);
        }
        return Optional.of(grade <= (twelve ? 9 : 7) ? LOWER_SECONDARY : UPPER_SECONDARY);
    }

    public String messageKey() {
        return "generalEducation." + name();
    }
}

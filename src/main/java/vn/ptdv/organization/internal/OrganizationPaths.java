package vn.ptdv.organization.internal;

import java.util.List;
import java.util.Locale;

/**
 * The short form that tells same-named organizations apart: the name, then the parent's name
 * shortened as people write it — "Chi bộ Trạm Y tế — P. Tân Thành", "Chi bộ Thôn 3 — X. An Phú".
 */
final class OrganizationPaths {
    /** The words that open a parent's name, and how they are written short; the longer first. */
    private static final List<String[]> SHORT_FORMS = List.of(
            new String[] {"đảng bộ bộ phận ", "ĐBBP "},
            new String[] {"đảng bộ thành phố ", "TP. "},
            new String[] {"đảng bộ thị trấn ", "TT. "},
            new String[] {"đảng bộ thị xã ", "TX. "},
            new String[] {"đảng bộ phường ", "P. "},
            new String[] {"đảng bộ đặc khu ", "ĐK. "},
            new String[] {"đảng bộ quận ", "Q. "},
            new String[] {"đảng bộ huyện ", "H. "},
            new String[] {"đảng bộ tỉnh ", "T. "},
            new String[] {"đảng bộ xã ", "X. "},
            new String[] {"đảng bộ ", ""},
            new String[] {"chi bộ ", "CB "});
    static final String SEPARATOR = " — ";

    private OrganizationPaths() {
    }

    /** "Đảng bộ phường Tân Thành" → "P. Tân Thành"; a name with no known opening stays as it is. */
    static String shortName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        for (String[] form : SHORT_FORMS) {
            if (lower.startsWith(form[0]) && name.length() > form[0].length()) {
                return form[1] + name.substring(form[0].length());
            }
        }
        return name;
    }

    /** The name with its parent's short name; the name alone for an organization with no parent. */
    static String path(String name, String parentName) {
        return parentName == null ? name : name + SEPARATOR + shortName(parentName);
    }
}

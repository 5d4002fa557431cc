package vn.ptdv.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/** Names as stored (NFC, single spaces) and as searched (no diacritics, lower case). */
public final class SearchText {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private SearchText() {
    }

    /** The form a name is stored in: Unicode NFC, trimmed, inner spaces collapsed. */
    public static String normalizeName(String value) {
        if (value == null) {
            return null;
        }
        return SPACES.matcher(Normalizer.normalize(value, Normalizer.Form.NFC).strip()).replaceAll(" ");
    }

    /** "Phường Hòa Bình" and "phuong hoa binh" fold to the same key. */
    public static String fold(String value) {
        if (value == null) {
            return "";
        }
        String decomposed = Normalizer.normalize(value, Normalizer.Form.NFD);
        String bare = MARKS.matcher(decomposed).replaceAll("").replace('đ', 'd').replace('Đ', 'D');
        return SPACES.matcher(bare.toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
    }

    /**
     * The folded text from the start of each of its words to its end — "chi bo khu pho 4", "bo khu
     * pho 4", …, "4" — so that a word-prefix search ("khu pho") is a prefix search of one of them.
     */
    public static List<String> wordSuffixes(String value) {
        String folded = fold(value);
        List<String> suffixes = new ArrayList<>();
        int start = 0;
        while (start < folded.length()) {
            suffixes.add(folded.substring(start));
            int space = folded.indexOf(' ', start);
            start = space < 0 ? folded.length() : space + 1;
        }
        return suffixes;
    }

    /** A LIKE pattern (escape character backslash) that matches texts starting with the folded query. */
    public static String prefixPattern(String query) {
        return escapeLike(fold(query)) + "%";
    }

    /** A list's search by name as typed: trimmed, or null when it holds no letter or digit to search by. */
    public static String nameQuery(String typed) {
        String text = normalizeName(typed);
        return text == null || text.chars().noneMatch(Character::isLetterOrDigit) ? null : text;
    }

    /**
     * An SQL condition that a folded name column has a word starting with the query ("van an" finds
     * "nguyen van an"), with its two parameters put in {@code params} under {@code param} and
     * {@code param + "Word"}. Lists of people use it inside an organization's subtree, which bounds the
     * rows it reads; the first pattern is a plain prefix an index answers.
     */
    public static String wordPrefixCondition(String column, String param, String query, java.util.Map<String, Object> params) {
        params.put(param, prefixPattern(query));
        params.put(param + "Word", "% " + escapeLike(fold(query)) + "%");
        return "(" + column + " LIKE :" + param + " ESCAPE '\\' OR " + column + " LIKE :" + param + "Word ESCAPE '\\')";
    }

    /** A LIKE pattern that matches the folded text anywhere, with LIKE's wildcards escaped. */
    public static String containsPattern(String query) {
        return likeContains(fold(query));
    }

    /** A LIKE pattern (escape character backslash) that matches the text anywhere. */
    public static String likeContains(String text) {
        return "%" + escapeLike(text) + "%";
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}

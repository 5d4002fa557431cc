package vn.ptdv.shared;

import java.math.BigInteger;
import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Vietnamese alphabetical order (a, ă, â, b, c, d, đ, e, ê…), which neither database gives (both
 * sort by code point), with numbers in names taken as numbers: "Khu phố 2" before "Khu phố 10".
 */
public final class VietnameseOrder {
    private VietnameseOrder() {
    }

    public static Comparator<String> text() {
        Collator collator = Collator.getInstance(Formats.VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return (a, b) -> compare(collator, a == null ? "" : a, b == null ? "" : b);
    }

    public static <T> Comparator<T> by(Function<T, String> key) {
        Comparator<String> text = text();
        return (a, b) -> text.compare(key.apply(a), key.apply(b));
    }

    private static int compare(Collator collator, String a, String b) {
        List<String> left = chunks(a);
        List<String> right = chunks(b);
        for (int i = 0; i < Math.min(left.size(), right.size()); i++) {
            String x = left.get(i);
            String y = right.get(i);
            boolean numbers = Character.isDigit(x.charAt(0)) && Character.isDigit(y.charAt(0));
            int result = numbers ? new BigInteger(x).compareTo(new BigInteger(y)) : collator.compare(x, y);
            if (result != 0) {
                return result;
            }
        }
        return Integer.compare(left.size(), right.size());
    }

    /** "Khu phố 12a" → ["Khu phố ", "12", "a"]. */
    private static List<String> chunks(String text) {
        List<String> chunks = new ArrayList<>();
        int start = 0;
        for (int i = 1; i <= text.length(); i++) {
            if (i == text.length() || Character.isDigit(text.charAt(i)) != Character.isDigit(text.charAt(start))) {
                chunks.add(text.substring(start, i));
                start = i;
            }
        }
        return chunks;
    }
}

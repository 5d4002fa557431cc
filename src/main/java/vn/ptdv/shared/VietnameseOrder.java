package vn.ptdv.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.function.Function;

/**
 * Vietnamese alphabetical order (a, ă, â, b, c, d, đ, e, ê…), which neither database gives:
 * both sort by code point.
 */
public final class VietnameseOrder {
    private VietnameseOrder() {
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Formats.VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    public static Comparator<String> text() {
        Collator collator = collator();
        return (a, b) -> collator.compare(a == null ? "" : a, b == null ? "" : b);
    }

    public static <T> Comparator<T> by(Function<T, String> key) {
        Comparator<String> text = text();
        return (a, b) -> text.compare(key.apply(a), key.apply(b));
    }
}

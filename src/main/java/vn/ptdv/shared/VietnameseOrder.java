package vn.ptdv.shared;

import java.math.BigInteger;
import java.text.CollationKey;
import java.text.Collator;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
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
        Collator collator = collator();
        return (a, b) -> compare(collator, a == null ? "" : a, b == null ? "" : b);
    }

    private static Collator collator() {
        Collator collator = Collator.getInstance(Formats.VIETNAMESE);
        collator.setStrength(Collator.TERTIARY);
        return collator;
    }

    /**
     * The items in the order of {@code first}, then of their names as {@link #by} orders them. The
     * names of the items that {@code first} leaves equal are given their collation once, not at
     * every comparison, one run of equals at a time (a list of 145,000 cells: a second less, and
     * the keys of the largest run in memory, not all of them).
     */
    public static <T> List<T> sorted(Collection<T> items, Comparator<? super T> first, Function<T, String> name) {
        List<T> byFirst = new ArrayList<>(items);
        byFirst.sort(first);
        Collator collator = collator();
        List<T> sorted = new ArrayList<>(byFirst.size());
        for (int start = 0, end; start < byFirst.size(); start = end) {
            end = start + 1;
            while (end < byFirst.size() && first.compare(byFirst.get(start), byFirst.get(end)) == 0) {
                end++;
            }
            List<Keyed<T>> run = new ArrayList<>(end - start);
            for (T item : byFirst.subList(start, end)) {
                String text = name.apply(item);
                run.add(new Keyed<>(item, new Key(collator, text == null ? "" : text)));
            }
            run.sort(Comparator.comparing(Keyed::key));
            run.forEach(keyed -> sorted.add(keyed.item()));
        }
        return sorted;
    }

    private record Keyed<T>(T item, Key key) {
    }

    /** A name's chunks as {@link #compare} compares them: collation keys, and the numbers' values. */
    private static final class Key implements Comparable<Key> {
        private final CollationKey[] texts;
        private final BigInteger[] numbers;

        Key(Collator collator, String text) {
            List<String> chunks = chunks(text);
            texts = new CollationKey[chunks.size()];
            numbers = new BigInteger[chunks.size()];
            for (int i = 0; i < chunks.size(); i++) {
                String chunk = chunks.get(i);
                texts[i] = collator.getCollationKey(chunk);
                numbers[i] = Character.isDigit(chunk.charAt(0)) ? new BigInteger(chunk) : null;
            }
        }

        @Override
        public int compareTo(Key other) {
            for (int i = 0; i < Math.min(texts.length, other.texts.length); i++) {
                int result = numbers[i] != null && other.numbers[i] != null ? numbers[i].compareTo(other.numbers[i])
                        : texts[i].compareTo(other.texts[i]);
                if (result != 0) {
                    return result;
                }
            }
            return Integer.compare(texts.length, other.texts.length);
        }
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

    private static final String ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz";
    private static final String TONES = "\u0300\u0309\u0303\u0301\u0323";

    /**
     * A key whose plain code-point order (what both databases give) is the Vietnamese order of
     * people: by given name (the last word), then family and middle names; letters first in the
     * alphabet a, ă, â, b…, then tones (ngang, huyền, hỏi, ngã, sắc, nặng). Only ASCII digits,
     * so that any database collation sorts it the same.
     */
    public static String personSortKey(String fullName) {
        String name = SearchText.normalizeName(fullName == null ? "" : fullName).toLowerCase(Formats.VIETNAMESE);
        int space = name.lastIndexOf(' ');
        String ordered = space < 0 ? name : name.substring(space + 1) + " " + name.substring(0, space);
        StringBuilder key = new StringBuilder();
        for (String word : ordered.split(" ")) {
            StringBuilder letters = new StringBuilder();
            StringBuilder tones = new StringBuilder();
            for (char c : word.toCharArray()) {
                int tone = 0;
                StringBuilder base = new StringBuilder();
                for (char part : Normalizer.normalize(String.valueOf(c), Normalizer.Form.NFD).toCharArray()) {
                    int index = TONES.indexOf(part);
                    if (index >= 0) {
                        tone = index + 1;
                    } else {
                        base.append(part);
                    }
                }
                char letter = Normalizer.normalize(base, Normalizer.Form.NFC).charAt(0);
                int position = ALPHABET.indexOf(letter);
                int code = Character.isDigit(letter) ? 10 + (letter - '0') : position < 0 ? 99 : 20 + position;
                letters.append(code);
                tones.append(tone);
            }
            // "00" ends the letters, lower than any letter: "An" comes before "Anh".
            key.append(letters).append("00").append(tones).append('0');
        }
        return key.toString();
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

package vn.ptdv.planning;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ptdv.organization.OrganizationType;

/**
 * The number and symbol of a party document ("số và ký hiệu"): a number, a hyphen, the
 * abbreviation of the kind of document, a slash, and the abbreviation of the issuing body —
 * "12-KH/TU", "01-HD/TW", "35-NQ/ĐU", "3-NQ/CB", "245-QĐ/BTCTU". The issuing body's abbreviation
 * ends with its level: TW (central), TU (provincial), HU/QU/TXU/ThU (district level), ĐU
 * (a party committee), CB (a cell). {@code text} is the whole, normalized as it is stored.
 */
public record NumberSymbol(String text, int number, String typeCode, String issuerSymbol) {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{1,5})-([A-ZĐ][A-Za-zĐđ]{0,3})/([A-ZĐ][A-ZĐa-zđ]{0,15}(?:-[A-ZĐ][A-ZĐa-zđ]{0,15})?)");

    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cf}]+");
    private static final Pattern HYPHENS = Pattern.compile("[\\u2010-\\u2015\\u2212\\uFE58\\uFE63\\uFF0D\\u00AD]");
    private static final Pattern SLASHES = Pattern.compile("[\\u2044\\u2215\\u29F8\\uFF0F]");
    private static final Pattern LEADING_NUMBER = Pattern.compile("^0*(\\d{1,5})(?=-)");

    /**
     * The canonical text, as stored, so that one document written two ways is one document: the
     * compatibility form (NFKC: full-width letters and digits as plain ones), no spaces or
     * invisible characters, every dash a hyphen and every slash "/", the look-alikes of "Đ" (eth
     * "Ð", African "Ɖ", "D" with a stroke mark) read as "Đ", and the number without extra leading
     * zeros, written with two digits below 10 as Party documents write it: "077-KH/ĐU" and
     * "77 - KH / ĐU" are "77-KH/ĐU", "1-HD/TW" and "001-HD/TW" are "01-HD/TW".
     */
    public static String normalize(String text) {
        String value = text;
        for (int pass = 0; pass < 4; pass++) {
            String next = normalizeOnce(value);
            if (next.equals(value)) {
                break;
            }
            value = next;
        }
        return value;
    }

    /** One pass of {@link #normalize}; taking a character out can make a new pair to read (a "D" and its stroke). */
    private static String normalizeOnce(String text) {
        String value = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC)).replaceAll("");
        value = value.replace("D\u0335", "Đ").replace("D\u0336", "Đ").replace("d\u0335", "đ").replace("d\u0336", "đ")
                .replace('Ð', 'Đ').replace('Ɖ', 'Đ').replace('ð', 'đ').replace('ɖ', 'đ');
        value = HYPHENS.matcher(value).replaceAll("-");
        value = SLASHES.matcher(value).replaceAll("/");
        Matcher number = LEADING_NUMBER.matcher(value);
        if (number.find()) {
            String digits = number.group(1).replaceFirst("^0+(?=\\d)", "");
            value = (digits.length() == 1 ? "0" + digits : digits) + value.substring(number.end());
        }
        return value;
    }

    public static NumberSymbol parse(String text) throws InvalidNumberSymbol {
        String value = normalize(text);
        Matcher matcher = FORM.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidNumberSymbol(value.contains("/") ? "directive.symbol.form" : "directive.symbol.noSlash");
        }
        int number = Integer.parseInt(matcher.group(1));
        if (number == 0) {
            throw new InvalidNumberSymbol("directive.symbol.zero");
        }
        return new NumberSymbol(value, number, matcher.group(2), matcher.group(3));
    }

    /** A number and symbol known to be well formed (a dataset's, say); an illegal argument otherwise. */
    public static NumberSymbol of(String text) {
        try {
            return parse(text);
        } catch (InvalidNumberSymbol e) {
            throw new IllegalArgumentException(text + ": " + e.messageKey(), e);
        }
    }

    /** The document kinds whose abbreviation this is, if any. */
    public Optional<DirectiveType> type() {
        for (DirectiveType type : DirectiveType.values()) {
            if (type.codes().contains(typeCode)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The level suffixes a body of this type signs with. */
    public static Set<String> levelSuffixes(OrganizationType type) {
        return switch (type) {
            case CENTRAL -> Set.of("TW");
            case PROVINCIAL -> Set.of("TU");
            case DIRECT_SUBORDINATE -> Set.of("HU", "QU", "TXU", "ThU", "ĐU");
            case GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE -> Set.of("ĐU");
            case GRASSROOTS_CELL, CELL -> Set.of("CB");
        };
    }

    /** Whether the issuing body's abbreviation ends with a suffix of the issuer's level. */
    public boolean matchesLevel(OrganizationType issuerType) {
        String body = issuerSymbol.contains("-") ? issuerSymbol.substring(0, issuerSymbol.indexOf('-')) : issuerSymbol;
        return levelSuffixes(issuerType).stream().anyMatch(body::endsWith);
    }

    @Override
    public String toString() {
        return text;
    }

    /** Text that is not a number and symbol, with the key of the message that says why. */
    public static final class InvalidNumberSymbol extends Exception {
        private final String messageKey;

        InvalidNumberSymbol(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        public String messageKey() {
            return messageKey;
        }
    }
}

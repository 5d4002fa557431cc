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

    /** The normalized text: NFC, no spaces, the look-alike "Ð" (eth) read as "Đ". */
    public static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('Ð', 'Đ').replaceAll("\\s+", "");
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

package vn.ptdv.planning.internal;

import java.text.Normalizer;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.planning.DirectiveType;

/**
 * The number and symbol of a party document ("số và ký hiệu"): a number, a hyphen, the
 * abbreviation of the kind of document, a slash, and the abbreviation of the issuing body —
 * "12-KH/TU", "01-HD/TW", "35-NQ/ĐU", "3-NQ/CB", "245-QĐ/BTCTU". The issuing body's abbreviation
 * ends with its level: TW (central), TU (provincial), HU/QU/TXU/ThU (district level), ĐU
 * (a party committee), CB (a cell).
 */
record NumberSymbol(int number, String typeCode, String issuerSymbol) {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{1,5})-([A-ZĐ][A-Za-zĐđ]{0,3})/([A-ZĐ][A-ZĐa-zđ]{0,15}(?:-[A-ZĐ][A-ZĐa-zđ]{0,15})?)");

    /** The normalized text: NFC, no spaces, the look-alike "Ð" (eth) read as "Đ". */
    static String normalize(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).replace('Ð', 'Đ').replaceAll("\\s+", "");
    }

    static NumberSymbol parse(String text) throws InvalidNumberSymbol {
        String value = normalize(text);
        Matcher matcher = FORM.matcher(value);
        if (!matcher.matches()) {
            throw new InvalidNumberSymbol(value.contains("/") ? "directive.symbol.form" : "directive.symbol.noSlash");
        }
        int number = Integer.parseInt(matcher.group(1));
        if (number == 0) {
            throw new InvalidNumberSymbol("directive.symbol.zero");
        }
        return new NumberSymbol(number, matcher.group(2), matcher.group(3));
    }

    /** The document kinds whose abbreviation this is, if any. */
    Optional<DirectiveType> type() {
        for (DirectiveType type : DirectiveType.values()) {
            if (type.codes().contains(typeCode)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /** The level suffixes a body of this type signs with. */
    static Set<String> levelSuffixes(OrganizationType type) {
        return switch (type) {
            case CENTRAL -> Set.of("TW");
            case PROVINCIAL -> Set.of("TU");
            case DIRECT_SUBORDINATE -> Set.of("HU", "QU", "TXU", "ThU", "ĐU");
            case GRASSROOTS_COMMITTEE, PARTIAL_COMMITTEE -> Set.of("ĐU");
            case GRASSROOTS_CELL, CELL -> Set.of("CB");
        };
    }

    /** Whether the issuing body's abbreviation ends with a suffix of the issuer's level. */
    boolean matchesLevel(OrganizationType issuerType) {
        String body = issuerSymbol.contains("-") ? issuerSymbol.substring(0, issuerSymbol.indexOf('-')) : issuerSymbol;
        return levelSuffixes(issuerType).stream().anyMatch(body::endsWith);
    }

    static final class InvalidNumberSymbol extends Exception {
        private final String messageKey;

        InvalidNumberSymbol(String messageKey) {
            super(messageKey, null, false, false);
            this.messageKey = messageKey;
        }

        String messageKey() {
            return messageKey;
        }
    }
}

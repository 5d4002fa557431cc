package vn.ptdv.shared;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What typed text may hold, wherever it comes from (a form, a JSON body, a query, a spreadsheet):
 * no control characters but tab and line breaks, no broken characters (a lone UTF-16 surrogate,
 * the replacement character of a wrong encoding), no direction overrides that make a text read
 * otherwise than it is stored, and not only invisible characters. A name holds at least one
 * letter and no invisible or formatting character at all.
 */
public final class TextInput {
    /** Why a text is refused: a message key with its arguments (the character and its position). */
    public record Flaw(String messageKey, List<Object> args) {
        static Flaw of(String messageKey, Object... args) {
            return new Flaw(messageKey, List.of(args));
        }
    }

    private TextInput() {
    }

    /** The first flaw of the text, if it has one; null and empty text have none. */
    public static Optional<Flaw> flaw(String value) {
        if (value == null || value.isEmpty()) {
            return Optional.empty();
        }
        boolean visible = false;
        int position = 0;
        for (int i = 0; i < value.length(); position++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1)))) {
                return Optional.of(Flaw.of("validation.text.broken", codePoint(c), String.valueOf(position + 1)));
            }
            int cp = value.codePointAt(i);
            if (cp == 0xFFFD || cp == 0xFFFE || cp == 0xFFFF) {
                return Optional.of(Flaw.of("validation.text.broken", codePoint(cp), String.valueOf(position + 1)));
            }
            if (Character.getType(cp) == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r') {
                return Optional.of(Flaw.of("validation.text.control", codePoint(cp), String.valueOf(position + 1)));
            }
            if (isDirectionOverride(cp)) {
                return Optional.of(Flaw.of("validation.text.direction", codePoint(cp), String.valueOf(position + 1)));
            }
            visible |= !isInvisible(cp);
            i += Character.charCount(cp);
        }
        if (!visible && !value.isBlank()) {
            return Optional.of(Flaw.of("validation.text.invisible"));
        }
        return Optional.empty();
    }

    /**
     * The first flaw of a person's or an organization's name: those of any text, an invisible or
     * formatting character inside it (zero-width space, direction mark, soft hyphen…), or no
     * letter at all ("12345", "---").
     */
    public static Optional<Flaw> nameFlaw(String value) {
        Optional<Flaw> flaw = flaw(value);
        if (flaw.isPresent() || value == null || value.isBlank()) {
            return flaw;
        }
        boolean letter = false;
        int position = 0;
        for (int i = 0; i < value.length(); position++) {
            int cp = value.codePointAt(i);
            if (Character.getType(cp) == Character.FORMAT || isInvisible(cp) && !Character.isWhitespace(cp)
                    && Character.getType(cp) != Character.SPACE_SEPARATOR) {
                return Optional.of(Flaw.of("validation.name.invisible", codePoint(cp), String.valueOf(position + 1)));
            }
            letter |= Character.isLetter(cp);
            i += Character.charCount(cp);
        }
        return letter ? Optional.empty() : Optional.of(Flaw.of("validation.name.noLetter", value.strip()));
    }

    /** Embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069): "Trojan source" text. */
    static boolean isDirectionOverride(int cp) {
        return cp >= 0x202A && cp <= 0x202E || cp >= 0x2066 && cp <= 0x2069;
    }

    /** A character that shows nothing: spaces of any width, format characters, fillers, selectors. */
    static boolean isInvisible(int cp) {
        int type = Character.getType(cp);
        return Character.isWhitespace(cp) || type == Character.SPACE_SEPARATOR || type == Character.FORMAT
                || type == Character.CONTROL || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                || cp == 0x034F || cp == 0x115F || cp == 0x1160 || cp == 0x17B4 || cp == 0x17B5 || cp == 0x2800
                || cp == 0x3164 || cp == 0xFFA0 || cp >= 0x180B && cp <= 0x180F || cp >= 0xFE00 && cp <= 0xFE0F
                || cp >= 0xE0100 && cp <= 0xE01EF;
    }

    /** The text with every control, format or broken character shown as its code ("ab⟨U+0000⟩"). */
    public static String printable(String value) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < value.length(); ) {
            int cp = value.codePointAt(i);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.FORMAT || type == Character.SURROGATE
                    || cp == 0xFFFD || cp == 0xFFFE || cp == 0xFFFF) {
                out.append('⟨').append(codePoint(cp)).append('⟩');
            } else {
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    static String codePoint(int cp) {
        return String.format(Locale.ROOT, "U+%04X", cp);
    }
}

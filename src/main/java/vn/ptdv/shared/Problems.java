package vn.ptdv.shared;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;
import vn.ptdv.calendar.InvalidDateException;
import vn.ptdv.calendar.VietnameseDates;

/**
 * Collects every problem of one input before refusing it, so that the user sees them all at
 * once. Field labels are looked up as {@code <subject>.field.<field>}.
 */
public final class Problems {
    private final String subject;
    private final List<FieldProblem> problems = new ArrayList<>();

    public Problems(String subject) {
        this.subject = subject;
    }

    /** "targets[1].code" is labelled as "targets.code". */
    private String labelKey(String field) {
        return subject + ".field." + field.replaceAll("\\[\\d+]", "");
    }

    /** A malformed or missing value (answers 400). */
    public Problems malformed(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, labelKey(field), messageKey, Arrays.asList(args), true));
        return this;
    }

    /** A well-formed value that a rule refuses (answers 422). */
    public Problems refuse(String field, String messageKey, Object... args) {
        problems.add(new FieldProblem(field, labelKey(field), messageKey, Arrays.asList(args), false));
        return this;
    }

    /** A message argument that is itself a message key ("orgType.CELL"), resolved when shown. */
    public static MessageSourceResolvable term(String key) {
        return new DefaultMessageSourceResolvable(new String[] {key}, key);
    }

    /** A message argument that is a whole message with its own arguments, resolved when shown. */
    public static MessageSourceResolvable message(String key, Object... args) {
        return new DefaultMessageSourceResolvable(new String[] {key}, args, key);
    }

    /** Takes over the problems of a nested part of the input, its fields prefixed ("target.code"). */
    public Problems absorb(Problems nested, String fieldPrefix) {
        for (FieldProblem p : nested.problems) {
            problems.add(new FieldProblem(fieldPrefix + p.field(), p.labelKey(), p.messageKey(), p.args(), p.malformed()));
        }
        return this;
    }

    public boolean has(String field) {
        return problems.stream().anyMatch(p -> p.field().equals(field));
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }

    public List<FieldProblem> list() {
        return List.copyOf(problems);
    }

    public void throwIfAny() {
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /**
     * Trimmed text, or null with a "required" problem when blank, or with the flaw of the text
     * ({@link TextInput#flaw}: a control character, a broken character, only invisible ones).
     */
    public String required(String field, String value) {
        String text = optional(value);
        if (text == null) {
            Optional<TextInput.Flaw> flaw = TextInput.flaw(value);
            if (flaw.isPresent()) {
                malformed(field, flaw.get().messageKey(), flaw.get().args().toArray());
            } else {
                malformed(field, "validation.required");
            }
            return null;
        }
        return flawless(field, text);
    }

    /** Trimmed text or null when blank, refused (and null) when it has a {@link TextInput#flaw}. */
    public String text(String field, String value) {
        if (value != null && optional(value) == null && TextInput.flaw(value).isEmpty()) {
            return null;
        }
        return flawless(field, value == null ? null : value.strip());
    }

    private String flawless(String field, String text) {
        Optional<TextInput.Flaw> flaw = TextInput.flaw(text);
        if (flaw.isPresent()) {
            malformed(field, flaw.get().messageKey(), flaw.get().args().toArray());
            return null;
        }
        return text;
    }

    /**
     * A person's or an organization's name: required, NFC with single spaces, at most {@code max}
     * characters, with a letter and no invisible or formatting character ({@link TextInput#nameFlaw}).
     */
    public String name(String field, String value, int max) {
        String text = required(field, value);
        if (text == null) {
            return null;
        }
        String name = SearchText.normalizeName(text);
        Optional<TextInput.Flaw> flaw = TextInput.nameFlaw(name);
        if (flaw.isPresent()) {
            malformed(field, flaw.get().messageKey(), flaw.get().args().toArray());
            return null;
        }
        return maxLength(field, name, max);
    }

    /** Trimmed text, or null when blank. */
    public static String optional(String value) {
        if (value == null) {
            return null;
        }
        String text = value.strip();
        return text.isEmpty() ? null : text;
    }

    public String maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            malformed(field, "validation.tooLong", max, value.length());
        }
        return value;
    }

    /** A date in the format of where it was typed; null (with a problem) when it is not a date. */
    public LocalDate date(String field, String value, boolean required, DateInput input) {
        String text = required ? required(field, value) : optional(value);
        if (text == null) {
            return null;
        }
        try {
            return input.parse(text);
        } catch (InvalidDateException e) {
            malformed(field, e.messageKey(), e.args().toArray());
            return null;
        }
    }

    /** A date that must not lie after {@code today}. */
    public LocalDate pastDate(String field, String value, boolean required, DateInput input, LocalDate today) {
        LocalDate date = date(field, value, required, input);
        if (date != null && date.isAfter(today)) {
            refuse(field, "validation.future", VietnameseDates.format(date));
        }
        return date;
    }

    /**
     * A whole number between {@code min} and {@code max} as typed ("1.234" with the thousands
     * dot of Vietnamese pages is 1234); null (with a problem) when it is not one, and "must be
     * from min to max" for a number outside, however many digits it has.
     */
    public Integer wholeNumber(String field, String value, int min, int max, boolean required) {
        BigInteger number = integer(field, value, required, min, max);
        return number == null ? null : number.intValueExact();
    }

    /** An id of a stored record as typed (a positive whole number up to the largest {@code long}). */
    public Long id(String field, String value, boolean required) {
        BigInteger number = integer(field, value, required, 1, Long.MAX_VALUE);
        return number == null ? null : number.longValueExact();
    }

    private BigInteger integer(String field, String value, boolean required, long min, long max) {
        String text = required ? required(field, value) : optional(value);
        if (text == null) {
            return null;
        }
        String digits = text.matches("[-+]?\\d{1,3}(\\.\\d{3})+") ? text.replace(".", "") : text;
        if (!digits.matches("[-+]?\\d+")) {
            malformed(field, "validation.wholeNumber", text);
            return null;
        }
        if (digits.replaceFirst("^[-+]?0*", "").length() > 30) {
            malformed(field, "validation.range", min, max);
            return null;
        }
        BigInteger number = new BigInteger(digits);
        if (number.compareTo(BigInteger.valueOf(min)) < 0 || number.compareTo(BigInteger.valueOf(max)) > 0) {
            malformed(field, "validation.range", min, max);
            return null;
        }
        return number;
    }

    /** One of the enum's constants by its exact name, listing the accepted names when not. */
    public <E extends Enum<E>> E oneOf(String field, String value, Class<E> type, boolean required) {
        String text = required ? required(field, value) : optional(value);
        if (text == null) {
            return null;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(text)) {
                return constant;
            }
        }
        String accepted = String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList());
        malformed(field, "validation.oneOf", text, accepted);
        return null;
    }
}

package vn.ptdv.shared;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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

    /** Trimmed text, or null with a "required" problem when blank. */
    public String required(String field, String value) {
        String text = optional(value);
        if (text == null) {
            malformed(field, "validation.required");
        }
        return text;
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
     * dot of Vietnamese pages is 1234); null (with a problem) when it is not one.
     */
    public Integer wholeNumber(String field, String value, int min, int max, boolean required) {
        String text = required ? required(field, value) : optional(value);
        if (text == null) {
            return null;
        }
        String digits = text.matches("\\d{1,3}(\\.\\d{3})+") ? text.replace(".", "") : text;
        if (!digits.matches("\\d{1,12}")) {
            malformed(field, "validation.wholeNumber", text);
            return null;
        }
        long number = Long.parseLong(digits);
        if (number < min || number > max) {
            malformed(field, "validation.range", min, max);
            return null;
        }
        return (int) number;
    }

    /** An id of a stored record as typed (a positive whole number). */
    public Long id(String field, String value, boolean required) {
        String text = required ? required(field, value) : optional(value);
        if (text == null) {
            return null;
        }
        if (!text.matches("[1-9]\\d{0,17}")) {
            malformed(field, "validation.wholeNumber", text);
            return null;
        }
        return Long.parseLong(text);
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

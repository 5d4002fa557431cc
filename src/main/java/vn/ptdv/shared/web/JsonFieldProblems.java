package vn.ptdv.shared.web;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The field a JSON body could not be read for, and why, in the terms of the message bundle. */
final class JsonFieldProblems {
    private JsonFieldProblems() {
    }

    /** The field and its reason, or null when the body is not JSON at all. */
    static FlawedInput.Field of(Throwable e) {
        String field = field(e);
        StrictJson.FlawedText flawed = ApiExceptionHandler.cause(e, StrictJson.FlawedText.class);
        if (flawed != null) {
            return new FlawedInput.Field(field, flawed.flaw().messageKey(), flawed.flaw().args());
        }
        UnrecognizedPropertyException unknown = ApiExceptionHandler.cause(e, UnrecognizedPropertyException.class);
        if (unknown != null) {
            Collection<Object> known = unknown.getKnownPropertyIds();
            String names = known == null ? "" : String.join(", ", known.stream().map(String::valueOf).sorted().toList());
            return new FlawedInput.Field(field, "error.json.unknownField", List.of(names));
        }
        if (field.isEmpty()) {
            return null;
        }
        InputCoercionException coercion = ApiExceptionHandler.cause(e, InputCoercionException.class);
        if (coercion != null) {
            return range(field, coercion.getTargetType());
        }
        InvalidFormatException format = ApiExceptionHandler.cause(e, InvalidFormatException.class);
        if (format != null) {
            return ofValue(field, String.valueOf(format.getValue()), format.getTargetType());
        }
        MismatchedInputException mismatch = ApiExceptionHandler.cause(e, MismatchedInputException.class);
        if (mismatch != null) {
            return new FlawedInput.Field(field, "error.json.wrongType", List.of(typeName(mismatch.getTargetType())));
        }
        return null;
    }

    /** A value of the wrong type for a field or a parameter: a number out of range, or not of the type. */
    static FlawedInput.Field ofValue(String field, String value, Class<?> type) {
        if (isWholeNumber(type) && value.strip().matches("[-+]?\\d+")) {
            return range(field, type);
        }
        return new FlawedInput.Field(field, "error.json.wrongValue", List.of(value, typeName(type)));
    }

    private static FlawedInput.Field range(String field, Class<?> type) {
        long[] bounds = bounds(type);
        if (bounds == null) {
            return new FlawedInput.Field(field, "error.json.wrongType", List.of(typeName(type)));
        }
        return new FlawedInput.Field(field, "validation.range", List.of(bounds[0], bounds[1]));
    }

    private static long[] bounds(Class<?> type) {
        if (type == int.class || type == Integer.class) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        if (type == long.class || type == Long.class || type == BigInteger.class) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
        if (type == short.class || type == Short.class) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        }
        return null;
    }

    private static boolean isWholeNumber(Class<?> type) {
        return bounds(type) != null;
    }

    /** The path (person.fullName, rows[2].code): the path of the innermost reference Jackson recorded. */
    static String field(Throwable e) {
        List<JacksonException.Reference> path = List.of();
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof JacksonException jackson && jackson.getPath().size() > path.size()) {
                path = jackson.getPath();
            }
        }
        StringBuilder name = new StringBuilder();
        for (JacksonException.Reference reference : path) {
            if (reference.getPropertyName() != null) {
                name.append(name.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                name.append('[').append(reference.getIndex()).append(']');
            }
        }
        return name.toString();
    }

    /** The Vietnamese name of what a field holds, as a message argument. */
    private static Object typeName(Class<?> type) {
        if (type == null) {
            return vn.ptdv.shared.Problems.term("error.json.type.other");
        }
        if (isWholeNumber(type)) {
            return vn.ptdv.shared.Problems.term("error.json.type.integer");
        }
        if (type == boolean.class || type == Boolean.class) {
            return vn.ptdv.shared.Problems.term("error.json.type.boolean");
        }
        if (type == String.class) {
            return vn.ptdv.shared.Problems.term("error.json.type.text");
        }
        if (type.isEnum()) {
            return vn.ptdv.shared.Problems.message("error.json.type.oneOf", String.join(", ",
                    Arrays.stream(type.getEnumConstants()).map(Objects::toString).toList()));
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return vn.ptdv.shared.Problems.term("error.json.type.list");
        }
        if (type.getName().startsWith("java.time.")) {
            return vn.ptdv.shared.Problems.term("error.json.type.date");
        }
        return vn.ptdv.shared.Problems.term("error.json.type.object");
    }
}

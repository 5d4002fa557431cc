package vn.ptdv.calendar;

import java.util.List;

/**
 * A date the user typed does not parse or does not exist. The message key and its arguments
 * (the input first) are turned into a field problem by whoever knows the field.
 */
public class InvalidDateException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    public InvalidDateException(String messageKey, Object... args) {
        super(messageKey + " " + List.of(args));
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}

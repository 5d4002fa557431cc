package vn.ptdv.shared;

import java.util.List;

/** An exception whose message a user reads: a key of the message bundle and its arguments. */
public abstract class LocalizedException extends RuntimeException {
    private final String messageKey;
    private final List<Object> args;

    protected LocalizedException(String messageKey, Object... args) {
        super(messageKey);
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] args() {
        return args.toArray();
    }
}

package vn.ptdv.shared;

/** The user's role does not allow the action (a viewer changing data, say). */
public class ForbiddenException extends LocalizedException {
    public ForbiddenException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

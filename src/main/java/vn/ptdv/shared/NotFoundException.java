package vn.ptdv.shared;

/**
 * The thing asked for does not exist, or lies outside the user's scope: the two are answered
 * alike so that a scope does not reveal what lies beyond it.
 */
public class NotFoundException extends LocalizedException {
    public NotFoundException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

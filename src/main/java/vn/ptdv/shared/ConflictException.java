package vn.ptdv.shared;

/** Someone else changed the record since the user read it (optimistic locking). */
public class ConflictException extends LocalizedException {
    public ConflictException(String messageKey, Object... args) {
        super(messageKey, args);
    }
}

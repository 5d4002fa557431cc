package vn.ptdv.membership;

public enum Gender {
    MALE,
    FEMALE;

    public String messageKey() {
        return "gender." + name();
    }
}

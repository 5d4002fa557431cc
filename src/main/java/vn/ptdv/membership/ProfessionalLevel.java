package vn.ptdv.membership;

/** The highest professional qualification (trình độ chuyên môn, nghiệp vụ), as the statistics group it. */
public enum ProfessionalLevel {
    /** Chưa qua đào tạo. */
    NONE,
    ELEMENTARY,
    INTERMEDIATE,
    COLLEGE,
    UNIVERSITY,
    MASTER,
    DOCTORATE;

    public String messageKey() {
        return "professionalLevel." + name();
    }
}

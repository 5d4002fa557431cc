package vn.ptdv.documents.internal;

import java.time.LocalDate;
import java.time.Period;
import vn.ptdv.membership.Ethnicity;
import vn.ptdv.membership.GeneralEducation;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.PoliticalTheoryLevel;
import vn.ptdv.membership.ProfessionalLevel;
import vn.ptdv.membership.Religion;

/**
 * What the statistics count a member by, read from the membership module's {@code person_profile}
 * view: the person's attributes, their age on the day that matters (the admission for new
 * members, the end of the period for members), and how many members share them.
 */
record Profile(boolean female, boolean minority, boolean religious, Boolean youthUnion, AgeGroup age,
        GeneralEducation education, ProfessionalLevel professional, PoliticalTheoryLevel theory,
        OccupationCategory occupation, boolean official, long count) {

    /** The age groups of the statistics of Party building. */
    enum AgeGroup {
        UP_TO_30,
        FROM_31_TO_40,
        FROM_41_TO_50,
        FROM_51_TO_60,
        OVER_60;

        static AgeGroup of(LocalDate birthDate, LocalDate on) {
            int age = Period.between(birthDate, on).getYears();
            if (age <= 30) {
                return UP_TO_30;
            }
            if (age <= 40) {
                return FROM_31_TO_40;
            }
            if (age <= 50) {
                return FROM_41_TO_50;
            }
            return age <= 60 ? FROM_51_TO_60 : OVER_60;
        }
    }

    static Profile of(String gender, String ethnicity, String religion, Boolean youthUnion, LocalDate birthDate,
            LocalDate on, String education, String professional, String theory, String occupation, boolean official,
            long count) {
        return new Profile("FEMALE".equals(gender), Ethnicity.isMinority(ethnicity),
                religion != null && !Religion.NONE.name().equals(religion), youthUnion, AgeGroup.of(birthDate, on),
                GeneralEducation.of(education).orElse(null), code(ProfessionalLevel.class, professional),
                code(PoliticalTheoryLevel.class, theory), code(OccupationCategory.class, occupation), official, count);
    }

    private static <E extends Enum<E>> E code(Class<E> type, String value) {
        return value == null ? null : Enum.valueOf(type, value);
    }
}

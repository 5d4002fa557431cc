package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.List;

/** The documents the rules come from, each version over the period it was in force. */
final class Sources {
    static final LocalDate CHARTER_2011 = LocalDate.of(2011, 1, 19);

    private Sources() {
    }

    static final List<RuleVersion> CHARTER_ART_1 = List.of(RuleVersion.from(CHARTER_2011, "source.charter.art1"));
    static final List<RuleVersion> CHARTER_ART_4 = List.of(RuleVersion.from(CHARTER_2011, "source.charter.art4"));
    static final List<RuleVersion> CHARTER_ART_5 = List.of(RuleVersion.from(CHARTER_2011, "source.charter.art5"));

    /** Guidance implementing the Charter: 01-HD/TW (2016), 01-HD/TW (2021), 06-HD/TW (2025). */
    static final List<RuleVersion> GUIDANCE = List.of(
            RuleVersion.between(LocalDate.of(2016, 9, 20), LocalDate.of(2021, 9, 28), "source.guidance2016"),
            RuleVersion.between(LocalDate.of(2021, 9, 28), LocalDate.of(2025, 6, 9), "source.guidance2021"),
            RuleVersion.from(LocalDate.of(2025, 6, 9), "source.guidance2025"));

    /** Regulation implementing the Charter: 29-QĐ/TW (2016), 24-QĐ/TW (2021), 232-QĐ/TW and 294-QĐ/TW (2025). */
    static final List<RuleVersion> REGULATION = List.of(
            RuleVersion.between(LocalDate.of(2016, 7, 25), LocalDate.of(2021, 7, 30), "source.regulation2016"),
            RuleVersion.between(LocalDate.of(2021, 7, 30), LocalDate.of(2025, 1, 20), "source.regulation2021"),
            RuleVersion.between(LocalDate.of(2025, 1, 20), LocalDate.of(2025, 7, 1), "source.regulation2025a"),
            RuleVersion.from(LocalDate.of(2025, 7, 1), "source.regulation2025"));

    /** Procedures and forms of the Central Organization Department: 09-HD/BTCTW (2017), 12-HD/BTCTW (2022). */
    static final List<RuleVersion> PROCEDURE = List.of(
            RuleVersion.between(LocalDate.of(2011, 1, 19), LocalDate.of(2022, 1, 18), "source.procedure2017"),
            RuleVersion.from(LocalDate.of(2022, 1, 18), "source.procedure2022"));

    /** Local practice the central texts at hand did not confirm (the values are settings). */
    static final List<RuleVersion> LOCAL_PRACTICE = List.of(RuleVersion.from(CHARTER_2011, "source.localPractice"));
}

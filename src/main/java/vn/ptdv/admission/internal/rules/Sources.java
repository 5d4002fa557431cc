package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The documents the rules come from, each over the period it was in force, and how a rule's
 * versions are cut from them: a new version wherever one of the documents it cites changes.
 */
final class Sources {
    static final LocalDate CHARTER_2011 = LocalDate.of(2011, 1, 19);

    private Sources() {
    }

    /** A document in force from a day, and the citation of the point that carries a rule in it. */
    record InForce(LocalDate from, Citation citation) {
    }

    /** The successive documents of one kind that carry a rule (each replacing the one before). */
    record Series(List<InForce> documents, boolean required) {

        /** A series a rule cannot be judged without: before its first document the rule is unknown. */
        static Series of(InForce... documents) {
            return new Series(List.of(documents), true);
        }

        /** A series cited when in force (guidance that details a regulation). */
        Series optional() {
            return new Series(documents, false);
        }

        Optional<Citation> on(LocalDate date) {
            Citation found = null;
            for (InForce document : documents) {
                if (!date.isBefore(document.from())) {
                    found = document.citation();
                }
            }
            return Optional.ofNullable(found);
        }

        LocalDate start() {
            return documents.get(0).from();
        }
    }

    static InForce inForce(LocalDate from, Citation citation) {
        return new InForce(from, citation);
    }

    /** The Charter of 2011, article and clause. */
    static Series charter(int article, int clause) {
        return Series.of(inForce(CHARTER_2011, Citation.article("source.charter", article, clause)));
    }

    /**
     * The regulation implementing the Charter, at a point: 45-QĐ/TW (2011, cited as a whole: the
     * text of its points was not at hand), 29-QĐ/TW (2016), 24-QĐ/TW (2021), 232-QĐ/TW (20/01/2025),
     * 294-QĐ/TW (in force 01/07/2025). {@code point2016} is the point's number in 29-QĐ/TW when it
     * differs from the later ones.
     */
    static Series regulation(String point2016, String point) {
        return Series.of(inForce(LocalDate.of(2011, 11, 1), Citation.of("source.regulation2011")),
                inForce(LocalDate.of(2016, 7, 25), Citation.point("source.regulation2016", point2016)),
                inForce(LocalDate.of(2021, 7, 30), Citation.point("source.regulation2021", point)),
                inForce(LocalDate.of(2025, 1, 20), Citation.point("source.regulation2025a", point)),
                inForce(LocalDate.of(2025, 7, 1), Citation.point("source.regulation2025", point)));
    }

    static Series regulation(String point) {
        return regulation(point, point);
    }

    /** The Secretariat's guidance implementing the Charter: 01-HD/TW (2016), 01-HD/TW (2021), 06-HD/TW (2025). */
    static Series guidance() {
        return Series.of(inForce(LocalDate.of(2016, 9, 20), Citation.of("source.guidance2016")),
                inForce(LocalDate.of(2021, 9, 28), Citation.of("source.guidance2021")),
                inForce(LocalDate.of(2025, 6, 9), Citation.of("source.guidance2025")));
    }

    /** The Organization Commission's procedures: 12-HD/BTCTW (2012), 09-HD/BTCTW (2017), 12-HD/BTCTW (2022). */
    static Series procedure() {
        return Series.of(inForce(LocalDate.of(2012, 5, 17), Citation.of("source.procedure2012")),
                inForce(LocalDate.of(2017, 6, 5), Citation.of("source.procedure2017")),
                inForce(LocalDate.of(2022, 1, 18), Citation.of("source.procedure2022")));
    }

    /** Local practice the central texts at hand did not confirm: the values are settings. */
    static Series localPractice() {
        return Series.of(inForce(CHARTER_2011, Citation.of("source.localPractice")));
    }

    /** Versions with the same numbers throughout. */
    static List<RuleVersion> versions(Map<String, Object> numbers, Series... series) {
        return versions(date -> numbers, series);
    }

    /**
     * The rule's versions: one for each period in which none of the documents it cites changes,
     * from the day every required series has a document in force; the numbers of each period.
     */
    static List<RuleVersion> versions(Function<LocalDate, Map<String, Object>> numbers, Series... series) {
        LocalDate start = null;
        TreeSet<LocalDate> boundaries = new TreeSet<>();
        for (Series s : series) {
            if (s.required() && (start == null || s.start().isAfter(start))) {
                start = s.start();
            }
            s.documents().forEach(d -> boundaries.add(d.from()));
        }
        LocalDate first = start;
        List<LocalDate> cuts = new ArrayList<>(boundaries.stream().filter(d -> !d.isBefore(first)).toList());
        if (!cuts.contains(first)) {
            cuts.add(0, first);
        }
        List<RuleVersion> versions = new ArrayList<>();
        for (int i = 0; i < cuts.size(); i++) {
            LocalDate from = cuts.get(i);
            List<Citation> citations = new ArrayList<>();
            for (Series s : series) {
                s.on(from).ifPresent(citations::add);
            }
            versions.add(i + 1 < cuts.size() ? RuleVersion.between(from, cuts.get(i + 1), citations, numbers.apply(from))
                    : RuleVersion.from(from, citations, numbers.apply(from)));
        }
        return versions;
    }
}

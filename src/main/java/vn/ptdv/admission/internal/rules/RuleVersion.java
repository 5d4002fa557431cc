package vn.ptdv.admission.internal.rules;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.ptdv.admission.internal.Share;
import vn.ptdv.calendar.DatePeriod;

/**
 * A rule as the documents in force over a period set it: the period, the documents and articles
 * it cites, and the numbers of that period (ages in months, working days, vote shares…). A new
 * regulation adds a version; it does not rewrite the old ones.
 */
public record RuleVersion(DatePeriod inForce, List<Citation> citations, Map<String, Object> numbers) {
    public RuleVersion {
        citations = List.copyOf(citations);
        numbers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(numbers));
    }

    public static RuleVersion from(LocalDate from, List<Citation> citations, Map<String, Object> numbers) {
        return new RuleVersion(DatePeriod.startingOn(from), citations, numbers);
    }

    public static RuleVersion between(LocalDate from, LocalDate to, List<Citation> citations,
            Map<String, Object> numbers) {
        return new RuleVersion(new DatePeriod(from, to), citations, numbers);
    }

    /** The message key of the first document cited. */
    public String sourceKey() {
        return citations.get(0).documentKey();
    }

    /** A whole number of the version ("workingDays"). */
    public int number(String name) {
        Object value = numbers.get(name);
        if (!(value instanceof Integer number)) {
            throw new IllegalStateException("No number " + name + " in the rule version " + this);
        }
        return number;
    }

    /** A share of votes of the version ("share": 2/3). */
    public Share share(String name) {
        Object value = numbers.get(name);
        if (!(value instanceof Share share)) {
            throw new IllegalStateException("No share " + name + " in the rule version " + this);
        }
        return share;
    }
}

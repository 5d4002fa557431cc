package vn.ptdv.reporting.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.planning.Targets;
import vn.ptdv.planning.Term;
import vn.ptdv.shared.VietnameseOrder;

/**
 * Progress against the admission targets: for an organization and each of its children (today's
 * structure), the target of the term or of one year, the admissions decided in the period up to
 * the as-of date (credited to the admitting cell's organization today, so that merged and split
 * organizations' admissions follow them), the percent, what remains, the pace needed per
 * remaining quarter, and a projection to the end of the period.
 */
@Component
class ProgressReports {
    static final int RECENT_DAYS = 365;

    private final ProgressStore store;
    private final Targets targets;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;

    ProgressReports(ProgressStore store, Targets targets, OrganizationDirectory organizations, AccessScope scope) {
        this.store = store;
        this.targets = targets;
        this.organizations = organizations;
        this.scope = scope;
    }

    /** One organization's progress. {@code percent} has two decimals; null without a target. */
    record Line(String code, String name, Integer target, long admitted, BigDecimal percent, Integer remaining,
            Integer pacePerQuarter, long projected, long inProgress) {
    }

    record Progress(OrganizationRef organization, Term term, Integer year, LocalDate from, LocalDate to,
            LocalDate asOf, Line total, List<Line> children) {
    }

    /** Admissions of one month of the period (a year's report) or one year (a term's), up to the day asked. */
    record Period(int year, Integer month, long admitted) {
    }

    /**
     * The report's admissions month by month (a year) or year by year (a term), up to its day:
     * they add up to its total.
     */
    @Transactional(readOnly = true)
    List<Period> timeline(Progress report) {
        LocalDate upTo = report.asOf().isBefore(report.to()) ? report.asOf() : report.to();
        Map<Integer, Long> months = upTo.isBefore(report.from()) ? Map.of()
                : store.byMonth(report.organization(), report.from(), upTo, scope.today());
        List<Period> periods = new ArrayList<>();
        if (report.year() != null) {
            for (java.time.YearMonth m = java.time.YearMonth.from(report.from());
                    !m.isAfter(java.time.YearMonth.from(report.to())); m = m.plusMonths(1)) {
                periods.add(new Period(m.getYear(), m.getMonthValue(),
                        months.getOrDefault(m.getYear() * 100 + m.getMonthValue(), 0L)));
            }
        } else {
            for (int y = report.from().getYear(); y <= report.to().getYear(); y++) {
                int year = y;
                periods.add(new Period(y, null, months.entrySet().stream().filter(e -> e.getKey() / 100 == year)
                        .mapToLong(Map.Entry::getValue).sum()));
            }
        }
        return periods;
    }

    /** A line of the ranking, with the criteria it was ranked by. */
    record Ranked(int rank, Line line) {
    }

    enum Sort {
        TREE,
        NAME,
        PERCENT,
        ADMITTED,
        REMAINING
    }

    @Transactional(readOnly = true)
    Progress progress(OrganizationRef organization, Term term, Integer year, LocalDate asOf, Sort sort) {
        scope.requireVisible(organization);
        LocalDate today = scope.today();
        LocalDate from = year == null ? term.startDate() : term.startOf(year);
        LocalDate to = year == null ? term.endDate() : term.endOf(year);
        List<OrganizationRef> children = organizations.childrenOn(organization.id(), today);
        List<Long> ids = ids(organization, children);
        Map<Long, ProgressStore.Counts> counts = store.counts(organization, ids, from, to, asOf, today);
        return report(organization, children, ids, term, year, from, to, asOf, counts, sort);
    }

    /** The progress of the term and of one of its years, on the same day. */
    record TermAndYear(Progress term, Progress year) {
    }

    /**
     * The organization's progress in the term and in the year, both up to the as-of date, with its
     * children in the tree's order: the decisions are read once for both.
     */
    @Transactional(readOnly = true)
    TermAndYear termAndYear(OrganizationRef organization, Term term, int year, LocalDate asOf) {
        scope.requireVisible(organization);
        LocalDate today = scope.today();
        List<OrganizationRef> children = organizations.childrenOn(organization.id(), today);
        List<Long> ids = ids(organization, children);
        ProgressStore.Window whole = new ProgressStore.Window(term.startDate(), term.endDate());
        ProgressStore.Window ofYear = new ProgressStore.Window(term.startOf(year), term.endOf(year));
        Map<Long, List<ProgressStore.Counts>> counts = store.counts(organization, ids, List.of(whole, ofYear), asOf,
                today);
        return new TermAndYear(
                report(organization, children, ids, term, null, whole.from(), whole.to(), asOf, nth(counts, 0),
                        Sort.TREE),
                report(organization, children, ids, term, year, ofYear.from(), ofYear.to(), asOf, nth(counts, 1),
                        Sort.TREE));
    }

    private static List<Long> ids(OrganizationRef organization, List<OrganizationRef> children) {
        List<Long> ids = new ArrayList<>(children.stream().map(OrganizationRef::id).toList());
        ids.add(organization.id());
        return ids;
    }

    private static Map<Long, ProgressStore.Counts> nth(Map<Long, List<ProgressStore.Counts>> counts, int window) {
        Map<Long, ProgressStore.Counts> nth = new HashMap<>();
        counts.forEach((id, c) -> nth.put(id, c.get(window)));
        return nth;
    }

    private Progress report(OrganizationRef organization, List<OrganizationRef> children, List<Long> ids, Term term,
            Integer year, LocalDate from, LocalDate to, LocalDate asOf, Map<Long, ProgressStore.Counts> counts,
            Sort sort) {
        Map<Long, Integer> goals = targets.of(ids, term.code(), year);
        Line total = line(organization, goals.get(organization.id()), counts.get(organization.id()), to, asOf);
        List<Line> lines = new ArrayList<>();
        for (OrganizationRef child : children) {
            lines.add(line(child, goals.get(child.id()), counts.get(child.id()), to, asOf));
        }
        return new Progress(organization, term, year, from, to, asOf, total, sorted(lines, sort));
    }

    /** The children ranked by the percent of their target, then by admissions; equal ones share a rank. */
    @Transactional(readOnly = true)
    List<Ranked> ranking(OrganizationRef organization, Term term, Integer year, LocalDate asOf) {
        return ranked(progress(organization, term, year, asOf, Sort.PERCENT).children());
    }

    /** Lines in the order of {@link Sort#PERCENT}, ranked: a line equal to the one before shares its rank. */
    static List<Ranked> ranked(List<Line> lines) {
        List<Ranked> ranked = new ArrayList<>();
        Line previous = null;
        int rank = 0;
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (previous == null || compareForRank(previous, line) != 0) {
                rank = i + 1;
            }
            ranked.add(new Ranked(rank, line));
            previous = line;
        }
        return ranked;
    }

    private static int compareForRank(Line a, Line b) {
        int byPercent = byPercentDescending(a, b);
        return byPercent != 0 ? byPercent : Long.compare(b.admitted(), a.admitted());
    }

    /** Higher percent first; lines without a target last. */
    private static int byPercentDescending(Line a, Line b) {
        if (a.percent() == null || b.percent() == null) {
            return a.percent() == null && b.percent() == null ? 0 : a.percent() == null ? 1 : -1;
        }
        return b.percent().compareTo(a.percent());
    }

    static List<Line> sorted(List<Line> lines, Sort sort) {
        Comparator<Line> byName = VietnameseOrder.by(Line::name);
        Comparator<Line> order = switch (sort) {
            case TREE -> null;
            case NAME -> byName;
            case PERCENT -> ((Comparator<Line>) ProgressReports::compareForRank).thenComparing(byName);
            case ADMITTED -> Comparator.comparingLong(Line::admitted).reversed().thenComparing(byName);
            case REMAINING -> Comparator.comparing((Line l) -> l.remaining() == null ? -1 : l.remaining()).reversed()
                    .thenComparing(byName);
        };
        if (order == null) {
            return lines;
        }
        List<Line> copy = new ArrayList<>(lines);
        copy.sort(order);
        return copy;
    }

    /**
     * The organization's line: the percent of its target, what remains, the pace needed per quarter
     * left, and a projection to the end of the period — by the pace of the last {@value #RECENT_DAYS}
     * days, or at least the dossiers awaiting a decision.
     */
    static Line line(OrganizationRef organization, Integer target, ProgressStore.Counts counts, LocalDate to,
            LocalDate asOf) {
        ProgressStore.Counts c = counts == null ? ProgressStore.Counts.NONE : counts;
        BigDecimal percent = percent(c.admitted(), target);
        Integer remaining = target == null ? null : (int) Math.max(target - c.admitted(), 0);
        int quarters = quartersLeft(asOf, to);
        Integer pace = remaining == null || quarters == 0 ? null : (remaining + quarters - 1) / quarters;
        long daysLeft = asOf.isBefore(to) ? ChronoUnit.DAYS.between(asOf, to) : 0;
        long byPace = Math.round(c.recent() * (double) daysLeft / RECENT_DAYS);
        long projected = c.admitted() + (daysLeft == 0 ? 0 : Math.max(byPace, c.pending()));
        return new Line(organization.code(), organization.name(), target, c.admitted(), percent, remaining, pace,
                projected, c.pending());
    }

    /** Admitted as a percent of the target, two decimals, half up: 7 of 9 is 77.78. */
    static BigDecimal percent(long admitted, Integer target) {
        if (target == null || target == 0) {
            return null;
        }
        return BigDecimal.valueOf(admitted).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(target), 2, RoundingMode.HALF_UP);
    }

    /** The calendar quarters left after the as-of date up to the end, the current one included if days of it remain. */
    static int quartersLeft(LocalDate asOf, LocalDate end) {
        if (!asOf.isBefore(end)) {
            return 0;
        }
        LocalDate next = asOf.plusDays(1);
        return quarter(end) - quarter(next) + 1;
    }

    private static int quarter(LocalDate date) {
        return date.getYear() * 4 + (date.getMonthValue() - 1) / 3;
    }
}

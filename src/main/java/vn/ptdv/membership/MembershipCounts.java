package vn.ptdv.membership;

import java.util.Map;

/** Members of a subtree on a date, with the breakdowns organization departments report. */
public record MembershipCounts(long total, long official, long probationary, Map<Gender, Long> byGender,
        Map<AgeBand, Long> byAgeBand, long ethnicMinority, Map<Religion, Long> byReligion) {
}

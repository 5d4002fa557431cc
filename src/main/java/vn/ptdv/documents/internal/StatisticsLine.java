package vn.ptdv.documents.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One line of a statistical table: its number ("2", "2.1"), the message key of its label, the
 * figure of the period and of the same period a year before (null on a heading line that only
 * groups the lines under it), and the ratio of the two in percent.
 */
record StatisticsLine(String number, String labelKey, Long current, Long previous, boolean heading) {

    static StatisticsLine figure(String number, String labelKey, long current, long previous) {
        return new StatisticsLine(number, labelKey, current, previous, false);
    }

    static StatisticsLine heading(String number, String labelKey) {
        return new StatisticsLine(number, labelKey, null, null, true);
    }

    /** This period against the same period of the year before, in percent (two places); null when there is nothing to compare. */
    public BigDecimal ratio() {
        if (current == null || previous == null || previous == 0) {
            return null;
        }
        return BigDecimal.valueOf(current).multiply(BigDecimal.valueOf(100))
                .divide(BigDecimal.valueOf(previous), 2, RoundingMode.HALF_UP);
    }

    /** Whether the label is indented under a heading (a numbered sub-line such as "2.1"). */
    public boolean sub() {
        return number.contains(".");
    }
}

package vn.ptdv.shared;

import java.util.List;

/**
 * A group of figures drawn as horizontal bars (templates/charts.html): each bar's length is its
 * share of the largest figure of the group, and its figure is written beside it.
 */
public record BarChart(String id, String title, List<Bar> bars) {
    public BarChart {
        bars = List.copyOf(bars);
    }

    /** One labelled figure. */
    public record Bar(String label, long value) {
    }

    public long max() {
        return bars.stream().mapToLong(Bar::value).max().orElse(0);
    }

    /** The bar's length in percent of the longest, one decimal, 0 when every figure is 0. */
    public String length(Bar bar) {
        long max = max();
        double percent = max == 0 ? 0 : bar.value() * 100.0 / max;
        return String.format(java.util.Locale.ROOT, "%.1f", percent);
    }
}

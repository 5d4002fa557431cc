package vn.ptdv.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A bar is as long as its figure's share of the group's largest figure. */
class BarChartTest {
    @Test
    void theLargestFigureFillsItsRowAndTheOthersTheirShare() {
        BarChart.Bar men = new BarChart.Bar("Nam", 3);
        BarChart.Bar women = new BarChart.Bar("Nữ", 1);
        BarChart.Bar none = new BarChart.Bar("Khác", 0);
        BarChart chart = new BarChart("g", "Giới tính", List.of(men, women, none));
        assertThat(chart.max()).isEqualTo(3);
        assertThat(chart.length(men)).isEqualTo("100.0");
        assertThat(chart.length(women)).isEqualTo("33.3");
        assertThat(chart.length(none)).isEqualTo("0.0");
    }

    @Test
    void aGroupOfZerosDrawsNoBarRatherThanDividingByZero() {
        BarChart.Bar nobody = new BarChart.Bar("Tháng 1/2026", 0);
        BarChart chart = new BarChart("t", "Kết nạp theo tháng", List.of(nobody));
        assertThat(chart.length(nobody)).isEqualTo("0.0");
        assertThat(new BarChart("e", "Tôn giáo", List.of()).max()).isZero();
    }
}

package vn.ptdv.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.ptdv.support.Api;
import vn.ptdv.support.DemoApplicationTest;
import vn.ptdv.support.MutableClock;

/** On the demo dataset (members admitted, moved, dead, and two communes merged) the tables add up too. */
@DemoApplicationTest
class DemoStatisticsTest {
    private static final LocalDate TODAY = MutableClock.today();

    @Autowired
    Api api;

    private long figure(String json, String number) {
        List<Number> values = JsonPath.read(json, "$.lines[?(@.number == '" + number + "')].current");
        return values.get(0).longValue();
    }

    @Test
    void theIncreaseAndDecreaseTableClosesOnTheDemoData() throws Exception {
        LocalDate[][] periods = {{LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31)},
            {LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)}, {LocalDate.of(2025, 1, 1), TODAY}};
        long admittedAnywhere = 0;
        for (LocalDate[] period : periods) {
            String json = api.get("bantochuc", "/api/v1/reports/statistics/member-changes?from={f}&to={t}", period[0],
                    period[1]).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
            assertThat(figure(json, "1") + figure(json, "2") - figure(json, "3")).as("period from %s", period[0])
                    .isEqualTo(figure(json, "4"));
            admittedAnywhere += figure(json, "2.1");
            String members = api.get("bantochuc", "/api/v1/reports/statistics/members?to={t}", period[1])
                    .andReturn().getResponse().getContentAsString();
            assertThat(figure(members, "1")).isEqualTo(figure(json, "4"));
        }
        assertThat(admittedAnywhere).as("the demo admits members in these years").isPositive();
    }
}

package vn.ptdv.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.support.TestSupportConfig;

/**
 * The demo tells the same story whatever day it is loaded on: loaded years apart, it loads, and
 * its dashboard shows progress, an overdue dossier, a recognition falling due and a certificate
 * about to expire.
 */
class DemoOnFarDaysTest {

    /** What every far day must show; each nested class is a fresh installation started on its day. */
    abstract static class LoadedOn {
        @Autowired
        MockMvc mvc;

        String read(String account, String url) throws Exception {
            return mvc.perform(get(url).with(httpBasic(account, DemoDataset.PASSWORD))).andExpect(status().isOk())
                    .andReturn().getResponse().getContentAsString();
        }

        @Test
        void theDemoLoadsAndTellsItsStory() throws Exception {
            String attention = read("hoabinh", "/api/v1/dossiers?organization=BM-P-HOABINH&attention=true");
            List<Boolean> overdue = JsonPath.read(attention, "$..overdue");
            assertThat(overdue).contains(true);
            String progress = read("bantochuc", "/api/v1/reports/progress?organization=BM");
            assertThat(((Number) JsonPath.read(progress, "$.target")).intValue()).isEqualTo(125);
            assertThat(((Number) JsonPath.read(progress, "$.admitted")).intValue()).isPositive();
            String pool = read("bantochuc", "/api/v1/reports/pool?organization=BM-X-ANPHU");
            List<Object> expiring = JsonPath.read(pool, "$.expiringCertificates");
            assertThat(expiring).isNotEmpty();
            List<String> steps = JsonPath.read(read("hoabinh", "/api/v1/dossiers?organization=BM-P-HOABINH"),
                    "$.items[*].state");
            assertThat(steps).contains("PROBATION", "PROPOSED", "PREPARING");
            List<String> official = JsonPath.read(read("hoabinh",
                    "/api/v1/dossiers?organization=BM-P-HOABINH&state=OFFICIAL"), "$.items[*].state");
            assertThat(official).isNotEmpty();
        }
    }

    @Nested
    @SpringBootTest(properties = {"ptdv.test.today=2029-02-28", "ptdv.demo=true",
            "spring.datasource.url=jdbc:h2:mem:demo-2029;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
    @AutoConfigureMockMvc
    @ActiveProfiles("test")
    @Import(TestSupportConfig.class)
    class InTwentyTwentyNine extends LoadedOn {
    }

    @Nested
    @SpringBootTest(properties = {"ptdv.test.today=2034-01-01", "ptdv.demo=true",
            "spring.datasource.url=jdbc:h2:mem:demo-2034;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
    @AutoConfigureMockMvc
    @ActiveProfiles("test")
    @Import(TestSupportConfig.class)
    class OnANewYearsDay extends LoadedOn {
    }

    @Nested
    @SpringBootTest(properties = {"ptdv.test.today=2041-07-15", "ptdv.demo=true",
            "spring.datasource.url=jdbc:h2:mem:demo-2041;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"})
    @AutoConfigureMockMvc
    @ActiveProfiles("test")
    @Import(TestSupportConfig.class)
    class FifteenYearsOn extends LoadedOn {
    }
}

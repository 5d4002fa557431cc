package vn.ptdv.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.support.DemoApplicationTest;

@DemoApplicationTest
class DemoDatasetTest {
    /** The merger the demo tells of, seventeen months before the day it is loaded. */
    static final java.time.LocalDate MERGER = DemoDays.on(2025, 7, 1);

    @Autowired
    JdbcClient jdbc;
    @Autowired
    MockMvc mvc;

    @Test
    void theFirstStartLoadsAFictionalProvinceWithEnoughOrganizationsToTry() {
        // Other tests add provinces of their own to the same database: count the demo's organizations only.
        Map<String, Long> byType = jdbc.sql("SELECT type, COUNT(*) AS n FROM organization"
                        + " WHERE code = 'BM' OR code LIKE 'BM-%' GROUP BY type")
                .query((rs, n) -> Map.entry(rs.getString("type"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byType.get("PROVINCIAL")).isEqualTo(1);
        assertThat(byType.get("DIRECT_SUBORDINATE")).isGreaterThanOrEqualTo(1);
        assertThat(byType.get("GRASSROOTS_COMMITTEE")).isGreaterThanOrEqualTo(10);
        assertThat(byType.get("CELL") + byType.getOrDefault("GRASSROOTS_CELL", 0L)).isGreaterThanOrEqualTo(80);
    }

    @Test
    void theDemoHasMembersWithHistoryAndAMergerOfTwoCommunes() throws Exception {
        long members = jdbc.sql("SELECT COUNT(*) FROM party_member").query(Long.class).single();
        long movements = jdbc.sql("SELECT COUNT(*) FROM membership_movement WHERE type IN ('TRANSFER', 'DEATH')")
                .query(Long.class).single();
        assertThat(members).isGreaterThan(500);
        assertThat(movements).isGreaterThan(5);
        mvc.perform(get("/api/v1/restructurings?organization=BM-X-NGHIAHUNG")
                        .with(httpBasic("bantochuc", DemoDataset.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$[0].type").value("MERGE"))
                .andExpect(jsonPath("$[0].effectiveDate").value(MERGER.toString()));
        // The merged commune carries its predecessors' members back in time, by today's structure.
        mvc.perform(get("/api/v1/reports/membership?organization=BM-X-NGHIAHUNG&date=" + MERGER.minusDays(1))
                        .with(httpBasic("bantochuc", DemoDataset.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.total").value(org.hamcrest.Matchers.greaterThan(0)));
    }

    @Test
    void theDemoPoolHasProspectsInEveryStatusClassesAndAThinCell() throws Exception {
        Map<String, Long> byStatus = jdbc.sql("SELECT status, COUNT(*) AS n FROM prospect GROUP BY status")
                .query((rs, n) -> Map.entry(rs.getString("status"), rs.getLong("n"))).list().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(byStatus.keySet()).contains("IN_POOL", "ATTENDED_CLASS", "APPLIED", "LEFT");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM awareness_class").query(Long.class).single()).isGreaterThanOrEqualTo(3);
        mvc.perform(get("/api/v1/reports/pool?organization=BM-X-LAMTHUY").with(httpBasic("bantochuc", DemoDataset.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.emptyCells", org.hamcrest.Matchers.hasItem("BM-X-LAMTHUY-BAN05")))
                .andExpect(jsonPath("$.poolSize").value(org.hamcrest.Matchers.greaterThan(0)));
        mvc.perform(get("/api/v1/reports/pool?organization=BM-X-ANPHU").with(httpBasic("bantochuc", DemoDataset.PASSWORD)))
                .andExpect(jsonPath("$.expiringCertificates").isNotEmpty());
    }

    @Test
    void everyRoleHasADemoAccountThatSignsInWithTheDocumentedPassword() throws Exception {
        Map<String, String> accounts = Map.of("bantochuc", "ORG_DEPARTMENT", "khoicq", "ORG_DEPARTMENT",
                "hoabinh", "COMMITTEE", "anphu", "COMMITTEE", "bithu.kp1", "CELL_SECRETARY", "theodoi", "VIEWER");
        for (var account : accounts.entrySet()) {
            mvc.perform(get("/api/v1/me").with(httpBasic(account.getKey(), DemoDataset.PASSWORD)))
                    .andExpect(status().isOk())
                    .andExpect(jsonPath("$.role").value(account.getValue()));
        }
    }

    @Test
    void theAdministratorPasswordComesFromTheEnvironmentWhenItIsSet() throws Exception {
        // The test profile sets PTDV_ADMIN_PASSWORD (ptdv.admin-password) to admin-secret-1.
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", "admin-secret-1")))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.role").value("ADMIN"));
        mvc.perform(get("/api/v1/me").with(httpBasic("admin", DemoDataset.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void pagesSayTheDataIsADemo() throws Exception {
        mvc.perform(get("/login"))
                .andExpect(status().isOk())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.content()
                        .string(org.hamcrest.Matchers.containsString("Dữ liệu minh họa")));
    }
}

package vn.ptdv.membership;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;

/**
 * National ID numbers by need: every answer shows the number masked; a role that may change data
 * sees the full number only by asking for it ("Xem số CCCD đầy đủ" on the page, or
 * {@code /national-id} on the API), and each such reading is in the audit log with who, whom and
 * when. Whether a number is already registered is answered without saying whose or where.
 */
@IntegrationTest
class NationalIdByNeedTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String committee;
    String nationalId;
    String masked;
    long person;

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        committee = fixtures.user(Role.COMMITTEE, tree.communeA());
        nationalId = "079185" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        masked = nationalId.substring(0, 4) + "******" + nationalId.substring(10);
        person = Json.id(api.post(committee, "/api/v1/people", """
                {"fullName": "Mai Thị Hạnh %s", "birthDate": "1985-04-04", "gender": "FEMALE", "nationalId": "%s",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(tree.prefix(), nationalId, tree.cellA1()))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.nationalId").value(masked)));
    }

    private List<String> readings() {
        return jdbc.sql("SELECT username || ' ' || details FROM audit_log WHERE action = 'PERSON_NATIONAL_ID_VIEWED'"
                + " AND entity_key = :key ORDER BY id").param("key", String.valueOf(person)).query(String.class).list();
    }

    @Test
    void theApiAnswersMaskedNumbersAndTheFullOneOnlyWhenAskedWrittenInTheAuditLog() throws Exception {
        api.get(committee, "/api/v1/people/" + person).andExpect(jsonPath("$.nationalId").value(masked));
        api.get(committee, "/api/v1/people?q={q}", "Mai Thị Hạnh " + tree.prefix())
                .andExpect(jsonPath("$.items[0].nationalId").value(masked));
        api.get(committee, "/api/v1/people?q={q}", nationalId).andExpect(jsonPath("$.items[0].id").value(person))
                .andExpect(content().string(not(containsString(nationalId))));
        assertThat(readings()).isEmpty();

        api.get(committee, "/api/v1/people/" + person + "/national-id")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.nationalId").value(nationalId));
        assertThat(readings()).singleElement().asString().startsWith(committee + " ").contains("via=api");
    }

    @Test
    void aViewerAndAnotherCommuneNeverSeeTheFullNumber() throws Exception {
        String viewer = fixtures.user(Role.VIEWER, tree.province());
        api.get(viewer, "/api/v1/people/" + person).andExpect(jsonPath("$.nationalId").value(masked));
        api.get(viewer, "/api/v1/people/" + person + "/national-id").andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail", containsString("không được xem số CCCD đầy đủ")));
        mvc.perform(get("/people/" + person).with(api.as(viewer)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(masked), not(containsString(nationalId)),
                        not(containsString("Xem số CCCD đầy đủ")))));
        mvc.perform(post("/people/" + person + "/national-id").with(api.as(viewer)).with(csrf()))
                .andExpect(status().isForbidden());
        mvc.perform(get("/people/" + person + "/edit").with(api.as(viewer))).andExpect(status().isForbidden());
        String communeB = fixtures.user(Role.COMMITTEE, tree.communeB());
        api.get(communeB, "/api/v1/people/" + person + "/national-id").andExpect(status().isNotFound());
        assertThat(readings()).isEmpty();
    }

    @Test
    void thePersonPageShowsTheFullNumberAfterTheExplicitActionOnly() throws Exception {
        mvc.perform(get("/people/" + person).with(api.as(committee)))
                .andExpect(content().string(allOf(containsString(masked), not(containsString(nationalId)),
                        containsString("Xem số CCCD đầy đủ"))));
        mvc.perform(post("/people/" + person + "/national-id").with(api.as(committee)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString(nationalId),
                        containsString("đã được ghi vào nhật ký"))));
        assertThat(readings()).singleElement().asString().startsWith(committee + " ").contains("via=page");
        // Opening the correction form, which holds the full number, is a reading too.
        mvc.perform(get("/people/" + person + "/edit").with(api.as(committee))).andExpect(status().isOk());
        assertThat(readings()).hasSize(2).last().asString().contains("via=edit");
    }

    @Test
    void aNumberAlreadyRegisteredIsRefusedWithoutSayingWhoseOrWhere() throws Exception {
        String communeB = fixtures.user(Role.COMMITTEE, tree.communeB());
        api.post(communeB, "/api/v1/people", """
                {"fullName": "Người Khác", "birthDate": "1985-04-04", "gender": "FEMALE", "nationalId": "%s",
                 "ethnicity": "01", "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(nationalId, tree.cellB1()))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("nationalId"))
                .andExpect(jsonPath("$.errors[0].message", containsString("đã thuộc về một người khác")))
                .andExpect(content().string(allOf(not(containsString("Mai Thị Hạnh")),
                        not(containsString("Hòa Bình")), not(containsString("Khu phố Đông")))));
        api.get(communeB, "/api/v1/people?q={q}", nationalId).andExpect(jsonPath("$.total").value(0));
    }
}

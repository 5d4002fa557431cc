package vn.ptdv.membership;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;

/** The coded fields the statistics count people by: optional, on the API and the pages. */
@IntegrationTest
class PersonStatisticsFieldsTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    @Test
    void aPersonKeepsTheirOccupationGroupLevelsAndYouthUnionMembership() throws Exception {
        long id = Json.id(api.post(department, "/api/v1/people", """
                {"fullName": "Hà Thị Xuân", "birthDate": "2001-02-03", "gender": "FEMALE", "ethnicity": "01",
                 "religion": "NONE", "residenceOrganizationCode": "%s", "occupationCategory": "STUDENT",
                 "professionalLevel": "UNIVERSITY", "politicalTheory": "ELEMENTARY", "youthUnionMember": true}
                """.formatted(tree.cellA1())).andExpect(status().isCreated()));
        api.get(department, "/api/v1/people/" + id)
                .andExpect(jsonPath("$.occupationCategory").value("STUDENT"))
                .andExpect(jsonPath("$.professionalLevel").value("UNIVERSITY"))
                .andExpect(jsonPath("$.politicalTheory").value("ELEMENTARY"))
                .andExpect(jsonPath("$.youthUnionMember").value(true));
        mvc.perform(get("/people/" + id).with(api.as(department))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Học sinh, sinh viên")))
                .andExpect(content().string(containsString("Là đoàn viên")));
        mvc.perform(get("/people/" + id + "/edit").with(api.as(department))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Trình độ lý luận chính trị")))
                .andExpect(content().string(containsString("value=\"UNIVERSITY\" selected")));
    }

    @Test
    void theFieldsAreOptionalAndAnUnknownCodeIsRefusedUnderItsField() throws Exception {
        long id = Json.id(api.post(department, "/api/v1/people", """
                {"fullName": "Lê Văn Đông", "birthDate": "1980-02-03", "gender": "MALE", "ethnicity": "01",
                 "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(tree.cellA1())).andExpect(status().isCreated()));
        api.get(department, "/api/v1/people/" + id).andExpect(jsonPath("$.occupationCategory").isEmpty())
                .andExpect(jsonPath("$.youthUnionMember").isEmpty());
        api.post(department, "/api/v1/people", """
                {"fullName": "Lê Văn Tây", "birthDate": "1980-02-03", "gender": "MALE", "ethnicity": "01",
                 "religion": "NONE", "residenceOrganizationCode": "%s", "professionalLevel": "PROFESSOR"}
                """.formatted(tree.cellA1())).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].field").value("professionalLevel"))
                .andExpect(jsonPath("$.errors[0].message").value(containsString("PROFESSOR")));
    }

    @Test
    void thePersonFormsOfferTheChoicesAndKeepWhatWasChosen() throws Exception {
        mvc.perform(get("/people/new").with(api.as(department))).andExpect(status().isOk())
                .andExpect(content().string(containsString("Nhóm nghề nghiệp")))
                .andExpect(content().string(containsString("Người lao động trong doanh nghiệp")));
        mvc.perform(get("/members/new").param("organization", tree.cellA1()).with(api.as(department)))
                .andExpect(status().isOk()).andExpect(content().string(containsString("Đoàn TNCS Hồ Chí Minh")));
        mvc.perform(post("/people/new").with(api.as(department))
                        .with(org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf())
                        .param("person.fullName", "Phí Văn Nam").param("person.birthDate", "03/02/1990")
                        .param("person.gender", "MALE").param("person.ethnicity", "01").param("person.religion", "NONE")
                        .param("person.residenceOrganizationCode", tree.cellA1())
                        .param("person.occupationCategory", "FARMER").param("person.youthUnionMember", "false"))
                .andExpect(status().is3xxRedirection());
    }
}

package vn.ptdv.prospect;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;

/** The pool's and the classes' page forms: what they bind, and where a refusal is shown. */
@IntegrationTest
class PoolPagesTest {
    private static final AtomicInteger SEQUENCE = new AtomicInteger((int) (System.nanoTime() % 90_000));

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;

    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, users);
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    long newPerson(String name) throws Exception {
        return Json.id(api.post(department, "/api/v1/people", """
                {"fullName": "%s", "birthDate": "1999-09-09", "gender": "FEMALE", "ethnicity": "01", "religion": "NONE",
                 "residenceOrganizationCode": "%s"}
                """.formatted(name, tree.cellA1())).andExpect(status().isCreated()));
    }

    @Test
    void aPersonAlreadyInPtdvIsListedWithoutTheirFieldsAgain() throws Exception {
        long person = newPerson("Hoàng Thị Có Sẵn");
        mvc.perform(get("/prospects/new").param("organization", tree.cellA1()).param("personId", String.valueOf(person))
                        .with(api.as(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("name=\"personId\""),
                        not(containsString("name=\"person.fullName\"")))));
        mvc.perform(post("/prospects/new").with(api.as(department)).with(csrf())
                        .param("personId", String.valueOf(person)).param("organizationCode", tree.cellA1())
                        .param("since", "01/02/2025").param("channel", "CELL").param("_categories", "on")
                        .param("mentorMemberId", "").param("introducedByMemberId", ""))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/prospects/*"));
    }

    @Test
    void aRefusedListingShowsTheNewPersonsFieldsAgainWithTheirErrors() throws Exception {
        mvc.perform(post("/prospects/new").with(api.as(department)).with(csrf())
                        .param("person.fullName", "Ngô Thị Lỗi").param("person.birthDate", "31/02/2001")
                        .param("person.gender", "FEMALE").param("person.ethnicity", "01")
                        .param("person.religion", "NONE").param("person.residenceOrganizationCode", tree.cellA1())
                        .param("organizationCode", tree.cellA1()).param("since", "01/02/2025").param("channel", "CELL"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("name=\"person.birthDate\" value=\"31/02/2001\""),
                        containsString("Ngày &quot;31/02/2001&quot; không có thật"))));
    }

    @Test
    void aResultRowIsRefusedUnderItsOwnRowAndPastedLinesOfSomeoneUnknownEnrollNobody() throws Exception {
        long classId = Json.id(api.post(department, "/api/v1/classes", """
                {"name": "Lớp trang %d", "organizerCode": "%s", "startDate": "2024-05-06", "endDate": "2024-05-10"}
                """.formatted(SEQUENCE.incrementAndGet(), tree.communeA())).andExpect(status().isCreated()));
        long participant = Json.id(api.post(department, "/api/v1/classes/" + classId + "/participants",
                "{\"personId\": %d}".formatted(newPerson("Học Viên Trang"))).andExpect(status().isCreated()));

        mvc.perform(post("/classes/{id}/results", classId).with(api.as(department)).with(csrf())
                        .param("participants[0].participantId", String.valueOf(participant))
                        .param("participants[0].fullName", "Học Viên Trang")
                        .param("participants[0].version", "0")
                        .param("participants[0].completed", "true").param("_participants[0].completed", "on")
                        .param("participants[0].certificateNumber", "GCN-TRANG-" + tree.prefix())
                        .param("participants[0].certificateDate", "09/05/2024"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("không cấp trước ngày bế giảng (10/05/2024)"),
                        containsString("value=\"09/05/2024\""))));

        long other = newPerson("Học Viên Chờ");
        mvc.perform(post("/classes/{id}/enroll", classId).with(api.as(department)).with(csrf())
                        .param("lines", "001399000001").param("personIds", String.valueOf(other)))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Dòng 1: không có người mang số CCCD 001399000001")));
        api.get(department, "/api/v1/classes/" + classId + "/participants")
                .andExpect(jsonPath("$.length()").value(1));
    }
}

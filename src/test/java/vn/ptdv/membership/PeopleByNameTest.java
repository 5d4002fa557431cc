package vn.ptdv.membership;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

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

/**
 * Lists of members, dossiers, the pool and classes are searched by a word of a name, with or
 * without diacritics; member pickers tell namesakes apart by birth year, cell path and status,
 * and never show a national ID.
 */
@IntegrationTest
class PeopleByNameTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;

    Api api;
    Fixtures.Tree tree;
    String committee;
    String an;
    String binh;
    String cuong;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, users);
        tree = fixtures.tree();
        committee = fixtures.user(Role.COMMITTEE, tree.communeA());
        an = "Nguyễn Văn Ấn " + tree.prefix();
        binh = "Trần Thị Bình " + tree.prefix();
        cuong = "Lê Văn Cường " + tree.prefix();
        member(an, "1985-04-04", tree.cellA1());
        member(binh, "1990-02-02", tree.cellA2());
        Number person = Json.read(api.post(committee, "/api/v1/prospects", """
                {"person": {"fullName": "%s", "birthDate": "2000-01-01", "gender": "MALE", "ethnicity": "01",
                            "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "since": "2026-03-01", "channel": "CELL", "categories": []}
                """.formatted(cuong, tree.cellA1(), tree.cellA1())).andExpect(status().isCreated()), "$.personId");
        api.post(committee, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(person.longValue(), tree.cellA1())).andExpect(status().isCreated());
        long cls = Json.id(api.post(committee, "/api/v1/classes", """
                {"name": "Lớp tháng Ba %s", "organizerCode": "%s", "startDate": "2026-03-02", "endDate": "2026-03-06"}
                """.formatted(tree.prefix(), tree.communeA())).andExpect(status().isCreated()));
        api.post(committee, "/api/v1/classes/" + cls + "/participants", "{\"personId\": %d}".formatted(person.longValue()))
                .andExpect(status().isCreated());
        api.post(committee, "/api/v1/classes", """
                {"name": "Lớp tháng Tư %s", "organizerCode": "%s", "startDate": "2026-04-06", "endDate": "2026-04-10"}
                """.formatted(tree.prefix(), tree.communeA())).andExpect(status().isCreated());
    }

    private void member(String name, String born, String cell) throws Exception {
        api.post(committee, "/api/v1/members", """
                {"person": {"fullName": "%s", "birthDate": "%s", "gender": "MALE", "ethnicity": "01",
                            "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "admittedOn": "2010-01-01", "officialOn": "2011-01-01"}
                """.formatted(name, born, cell, cell)).andExpect(status().isCreated());
    }

    @Test
    void theMemberListFindsAWordOfTheNameWithoutDiacriticsAndShowsTheCellsPath() throws Exception {
        mvc.perform(get("/members").param("organization", tree.communeA()).param("q", "van an").with(api.as(committee)))
                .andExpect(content().string(allOf(containsString(an), not(containsString(binh)),
                        containsString("Chi bộ Khu phố Đông " + tree.prefix() + " — P. Hòa Bình " + tree.prefix()),
                        containsString("value=\"van an\""))));
        mvc.perform(get("/members").param("organization", tree.communeA()).param("q", "NGUYEN").with(api.as(committee)))
                .andExpect(content().string(allOf(containsString(an), not(containsString(binh)))));
        mvc.perform(get("/members").param("organization", tree.communeA()).param("q", "an van").with(api.as(committee)))
                .andExpect(content().string(allOf(not(containsString(an)), not(containsString(binh)))));
    }

    @Test
    void dossiersThePoolAndClassesAreSearchedByName() throws Exception {
        mvc.perform(get("/dossiers").param("organization", tree.communeA()).param("q", "cuong").with(api.as(committee)))
                .andExpect(content().string(allOf(containsString(cuong),
                        containsString("Chi bộ Khu phố Đông " + tree.prefix() + " — P. Hòa Bình " + tree.prefix()))));
        mvc.perform(get("/dossiers").param("organization", tree.communeA()).param("q", "binh").with(api.as(committee)))
                .andExpect(content().string(not(containsString(cuong))));
        mvc.perform(get("/prospects").param("organization", tree.communeA()).param("q", "le van").with(api.as(committee)))
                .andExpect(content().string(containsString(cuong)));
        mvc.perform(get("/prospects").param("organization", tree.communeA()).param("q", "tran").with(api.as(committee)))
                .andExpect(content().string(not(containsString(cuong))));
        mvc.perform(get("/classes").param("organization", tree.communeA()).param("q", "cường").param("year", "2026")
                        .with(api.as(committee)))
                .andExpect(content().string(allOf(containsString("Lớp tháng Ba"), not(containsString("Lớp tháng Tư")))));
    }

    @Test
    void aMentorPickerTellsNamesakesApartWithoutTheNationalId() throws Exception {
        mvc.perform(get("/prospects/new").param("organization", tree.cellA1()).with(api.as(committee)))
                .andExpect(content().string(allOf(
                        containsString(an + " · sinh 1985 · Chi bộ Khu phố Đông " + tree.prefix() + " — P. Hòa Bình "
                                + tree.prefix() + " · Chính thức"),
                        containsString(binh + " · sinh 1990 · Chi bộ Trường học " + tree.prefix()),
                        containsString("member-picker-search"))));
    }
}

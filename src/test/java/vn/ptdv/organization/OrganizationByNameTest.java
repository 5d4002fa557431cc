package vn.ptdv.organization;

import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.SystemActor;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/**
 * Organization fields take what a person types — a name with or without diacritics, or a code —
 * inside the person's scope: one match is used, several ask which (with their paths), none says so
 * under the field; never an error page, never a name from outside the scope.
 */
@IntegrationTest
class OrganizationByNameTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    OrganizationDirectory organizations;

    Api api;
    Fixtures.Tree tree;
    String department;
    String communeA;
    String key;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, users);
        tree = fixtures.tree();
        key = tree.prefix().toLowerCase(Locale.ROOT);
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        communeA = fixtures.user(Role.COMMITTEE, tree.communeA());
        SystemActor.run(() -> {
            organizations.create(new NewOrganization(tree.communeA() + "-YT", "Chi bộ Trạm Y tế " + tree.prefix(),
                    OrganizationType.CELL, CellKind.AGENCY, tree.communeA(), null));
            organizations.create(new NewOrganization(tree.communeB() + "-YT", "Chi bộ Trạm Y tế " + tree.prefix(),
                    OrganizationType.CELL, CellKind.AGENCY, tree.communeB(), null));
        });
    }

    @Test
    void aNameWithoutDiacriticsThatMatchesOneOrganizationFiltersTheListByIt() throws Exception {
        mvc.perform(get("/dossiers").param("organization", "hoa binh " + key).param("state", "").with(api.as(department)))
                .andExpect(status().isFound())
                .andExpect(redirectedUrl("/dossiers?state=&organization=" + tree.communeA()));
        mvc.perform(get("/prospects").param("organization", tree.communeA().toLowerCase(Locale.ROOT))
                        .with(api.as(department)))
                .andExpect(redirectedUrl("/prospects?organization=" + tree.communeA()));
    }

    @Test
    void aNameThatSeveralCellsShareAsksWhichShowingEachOnesPath() throws Exception {
        mvc.perform(get("/members").param("organization", "Tram y te " + key).param("status", "OFFICIAL")
                        .with(api.as(department)))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("Có 2 tổ chức khớp với"),
                        containsString("Chi bộ Trạm Y tế " + tree.prefix()),
                        containsString(" — P. Hòa Bình " + tree.prefix()),
                        containsString(" — X. An Phú " + tree.prefix()),
                        containsString("/members?status=OFFICIAL&amp;organization=" + tree.communeB() + "-YT"))));
    }

    @Test
    void insideOneCommuneTheSameNameIsThatCommunesCell() throws Exception {
        mvc.perform(get("/members").param("organization", "tram y te " + key).with(api.as(communeA)))
                .andExpect(redirectedUrl("/members?organization=" + tree.communeA() + "-YT"));
    }

    @Test
    void aNameOrCodeOutsideTheScopeIsNotFoundUnderTheFieldAndNothingOfItIsShown() throws Exception {
        for (String typed : new String[] {"thon tay " + key, tree.cellB1()}) {
            mvc.perform(get("/dossiers").param("organization", typed).with(api.as(communeA)))
                    .andExpect(status().isNotFound())
                    .andExpect(content().string(allOf(containsString("Không tìm thấy tổ chức nào có tên hoặc mã"),
                            containsString("is-invalid"), not(containsString("Chi bộ Thôn Tây")),
                            not(containsString("An Phú")))));
        }
    }

    @Test
    void suggestionsAreFoundByAnyWordOfTheNameAndShowThePath() throws Exception {
        mvc.perform(get("/organizations/suggestions").param("cellCode", "y te " + key).with(api.as(department)))
                .andExpect(content().string(allOf(
                        containsString("value=\"" + tree.communeA() + "-YT\""),
                        containsString("Chi bộ Trạm Y tế " + tree.prefix() + " — P. Hòa Bình " + tree.prefix()),
                        containsString("Chi bộ Trạm Y tế " + tree.prefix() + " — X. An Phú " + tree.prefix()))));
        mvc.perform(get("/organizations/suggestions").param("cellCode", "y te " + key).with(api.as(communeA)))
                .andExpect(content().string(not(containsString("An Phú"))));
    }

    @Test
    void aFormTakesAUniqueNameAndAsksToChooseWhenSeveralShareIt() throws Exception {
        String directive = """
                {"numberSymbol": "%d-KH/ĐU", "type": "PLAN", "issuedOn": "2026-01-15", "issuerCode": "%s", "title": "Kế hoạch"}
                """;
        api.post(department, "/api/v1/directives",
                        directive.formatted(ThreadLocalRandom.current().nextInt(1, 9999), "hoa binh " + key))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.issuerCode").value(tree.communeA()));
        api.post(department, "/api/v1/directives",
                        directive.formatted(ThreadLocalRandom.current().nextInt(1, 9999), "tram y te " + key))
                .andExpect(status().isUnprocessableContent())
                .andExpect(jsonPath("$.errors[0].field").value("issuerCode"))
                .andExpect(jsonPath("$.errors[0].message", containsString("có nhiều tổ chức tên")));
    }
}

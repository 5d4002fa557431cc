package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/**
 * Thymeleaf compiles a template's expressions once they have been evaluated a hundred times
 * ({@code spring.thymeleaf.enable-spring-el-compiler}): a page reads the same before and after.
 */
@IntegrationTest
class CompiledExpressionsTest {
    /** More than Spring EL's hundred interpreted evaluations before it compiles an expression. */
    private static final int VIEWS = 120;

    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void aCellsPageReadsTheSameOnceItsExpressionsAreCompiled() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        RequestPostProcessor secretary = api.as(fixtures.user(Role.CELL_SECRETARY, tree.cellA1()));
        String first = view(tree.cellA1(), secretary);

        String last = first;
        for (int i = 1; i < VIEWS; i++) {
            last = view(tree.cellA1(), secretary);
        }

        assertThat(last).contains("Chi bộ Khu phố Đông").isEqualTo(first);
    }

    private String view(String code, RequestPostProcessor user) throws Exception {
        String html = mvc.perform(get("/organizations/" + code).with(user)).andExpect(status().isOk()).andReturn()
                .getResponse().getContentAsString();
        // The CSRF token differs on every answer by design.
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\" value=\"…\"")
                .replaceAll("name=\"csrf-token\" content=\"[^\"]*\"", "name=\"csrf-token\" content=\"…\"");
    }
}

package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/**
 * Requests reach their controllers through {@link MappingsByFirstSegment} as through Spring's own
 * lookup: a page and an API call under their first words, a method the path does not take
 * answered 405 with the methods it does, an unknown first word 404.
 */
@IntegrationTest
class RequestMappingTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mapping;

    Api api;
    Fixtures.Tree tree;
    String department;

    @BeforeEach
    void setUp() {
        api = new Api(mvc, users);
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
    }

    @Test
    void theApplicationsMappingIsTheOneThatSkipsMappingsUnderOtherFirstWords() {
        assertThat(mapping).isInstanceOf(MappingsByFirstSegment.Mapping.class);
    }

    @Test
    void aPageAndAnApiCallReachTheirControllers() throws Exception {
        api.get(department, "/organizations/" + tree.cellA1()).andExpect(status().isOk());
        api.get(department, "/api/v1/organizations/" + tree.cellA1()).andExpect(status().isOk());
    }

    @Test
    void aMethodThePathDoesNotTakeIsAnsweredWithTheMethodsItDoes() throws Exception {
        api.put(department, "/api/v1/reports/progress", "{}")
                .andExpect(status().isMethodNotAllowed())
                .andExpect(header().string("Allow", org.hamcrest.Matchers.containsString("GET")));
    }

    @Test
    void anUnknownFirstWordIsNotFound() throws Exception {
        api.get(department, "/khong-co-trang-nay/" + tree.cellA1()).andExpect(status().isNotFound());
    }
}

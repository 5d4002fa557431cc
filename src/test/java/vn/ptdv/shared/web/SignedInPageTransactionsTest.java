package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.shared.web.PageTransactionsTest.CountedConnections;
import vn.ptdv.shared.web.PageTransactionsTest.Use;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/**
 * A signed-in user's page, with the session cookie a browser sends: the session is read without a
 * transaction of its own, and the page opens one, read-only. In a context of its own (the
 * property below): after a form login, the accounts that {@link PageTransactionsTest} puts on its
 * requests without a session store one, which that test would count.
 */
@IntegrationTest
@Import(CountedConnections.class)
@TestPropertySource(properties = "spring.session.timeout=60m")
class SignedInPageTransactionsTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    Fixtures.Tree tree;
    String secretary;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
    }

    @Test
    void aSignedInCellsPageOpensOneTransactionItsOwnReadOnlyOneAndReadsTheSessionWithoutAnother() throws Exception {
        Cookie session = mvc.perform(formLogin("/login").user(secretary).password(Fixtures.PASSWORD))
                .andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        assertThat(session).isNotNull();
        // The first page after signing in stores the session's new CSRF token; the next ones only read it.
        mvc.perform(get("/organizations/" + tree.cellA1()).cookie(session)).andExpect(status().isOk());

        List<Use> uses = CountedConnections.during(() -> mvc.perform(get("/organizations/" + tree.cellA1())
                .cookie(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chi bộ Khu phố Đông"))));

        assertThat(uses).filteredOn(use -> use.transaction).as("connections with a transaction").hasSize(1)
                .allSatisfy(use -> assertThat(use.readOnly).isTrue());
        assertThat(uses).filteredOn(use -> use.sql.stream().anyMatch(sql -> sql.contains("SPRING_SESSION")))
                .as("the session's read").hasSize(1)
                .allSatisfy(use -> assertThat(use.transaction).as("in a transaction").isFalse());
    }
}

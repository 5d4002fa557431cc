package vn.ptdv.shared.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.matchesPattern;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

@IntegrationTest
class AssetLinksTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void aPageLinksTheVersionedWebJarsAndItsOwnAssetsAndLeavesPageLinksAsWritten() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        String committee = fixtures.user(Role.COMMITTEE, tree.communeA());

        mvc.perform(get("/organizations/" + tree.communeA()).with(api.as(committee)))
                .andExpect(status().isOk())
                .andExpect(content().string(matchesPattern(
                        "(?s).*src=\"/webjars/htmx\\.org/\\d+\\.\\d+\\.\\d+/dist/htmx\\.min\\.js\".*")))
                .andExpect(content().string(matchesPattern(
                        "(?s).*href=\"/webjars/bootstrap/\\d+\\.\\d+\\.\\d+/dist/css/bootstrap\\.min\\.css\".*")))
                .andExpect(content().string(containsString("href=\"/css/app.css\"")))
                .andExpect(content().string(containsString("href=\"/organizations/" + tree.cellA1() + "\"")));
    }
}

package vn.ptdv.backup;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.either;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/** Only administrators back up, and only the embedded file database (the tests' databases are not one). */
@IntegrationTest
class BackupAccessTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    @Test
    void onlyAnAdministratorReachesTheBackup() throws Exception {
        String department = fixtures.user(Role.ORG_DEPARTMENT, fixtures.tree().province());
        mvc.perform(get("/settings/backup").with(api.as(department)))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("Chỉ quản trị hệ thống được sao lưu")));
        mvc.perform(post("/settings/backup").with(csrf()).with(api.as(department)))
                .andExpect(status().isForbidden());
        mvc.perform(post("/api/v1/backups").with(api.as(department)))
                .andExpect(status().isForbidden())
                .andExpect(jsonPath("$.detail").value("Chỉ quản trị hệ thống được sao lưu cơ sở dữ liệu."));
    }

    @Test
    void aDatabaseThatIsNoEmbeddedFileIsNotBackedUpByTheApplication() throws Exception {
        String admin = fixtures.user(Role.ADMIN, null);
        mvc.perform(get("/settings/backup").with(api.as(admin)))
                .andExpect(status().isOk())
                .andExpect(content().string(either(containsString("pg_dump")).or(containsString("bộ nhớ"))));
        mvc.perform(post("/api/v1/backups").with(api.as(admin)))
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.detail").value(either(containsString("pg_dump")).or(containsString("bộ nhớ"))));
    }
}

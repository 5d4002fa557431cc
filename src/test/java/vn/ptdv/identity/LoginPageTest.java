package vn.ptdv.identity;

import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

@IntegrationTest
class LoginPageTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Fixtures fixtures;

    @Test
    void aRightPasswordOpensTheApplication() throws Exception {
        String user = fixtures.user(Role.VIEWER, fixtures.tree().province());
        mvc.perform(formLogin("/login").user(user).password(Fixtures.PASSWORD))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/"));
    }

    @Test
    void aWrongPasswordSaysSoInVietnamese() throws Exception {
        String user = fixtures.user(Role.VIEWER, fixtures.tree().province());
        mvc.perform(formLogin("/login").user(user).password("khong-dung"))
                .andExpect(redirectedUrl("/login?error=bad"));
        mvc.perform(get("/login").param("error", "bad"))
                .andExpect(content().string(containsString("Tên đăng nhập hoặc mật khẩu không đúng.")));
    }

    @Test
    void aLoginWithoutTheCsrfTokenIsRefused() throws Exception {
        String user = fixtures.user(Role.VIEWER, fixtures.tree().province());
        mvc.perform(post("/login").param("username", user).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
        mvc.perform(post("/logout").with(csrf())).andExpect(redirectedUrl("/login?logout"));
    }
}

package vn.ptdv.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import org.springframework.http.MediaType;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Calls the JSON API as one of the accounts. The account is loaded the way a login loads it;
 * tests of the login itself send real credentials instead.
 */
public class Api {
    private final MockMvc mvc;
    private final UserDetailsService users;

    public Api(MockMvc mvc, UserDetailsService users) {
        this.mvc = mvc;
        this.users = users;
    }

    public RequestPostProcessor as(String username) {
        return user(users.loadUserByUsername(username));
    }

    public ResultActions get(String username, String url, Object... vars) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.get(url, vars).with(as(username)));
    }

    public ResultActions post(String username, String url, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.post(url).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    /** Uploads a file as the multipart field {@code file}. */
    public ResultActions upload(String username, String url, String fileName, byte[] content) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.multipart(url)
                .file(new org.springframework.mock.web.MockMultipartFile("file", fileName,
                        "application/octet-stream", content))
                .with(as(username)));
    }

    public ResultActions put(String username, String url, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.put(url).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json));
    }

    public ResultActions patch(String username, String url, String json) throws Exception {
        return mvc.perform(MockMvcRequestBuilders.patch(url).with(as(username)).contentType(MediaType.APPLICATION_JSON).content(json));
    }
}

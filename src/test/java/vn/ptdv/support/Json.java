package vn.ptdv.support;

import com.jayway.jsonpath.JsonPath;
import org.springframework.test.web.servlet.ResultActions;

/** Reads a value out of an API response. */
public final class Json {
    private Json() {
    }

    public static <T> T read(ResultActions result, String path) throws Exception {
        return JsonPath.read(result.andReturn().getResponse().getContentAsString(), path);
    }

    public static long id(ResultActions result) throws Exception {
        return ((Number) read(result, "$.id")).longValue();
    }
}

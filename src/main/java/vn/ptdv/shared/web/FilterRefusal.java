package vn.ptdv.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.util.HtmlUtils;
import tools.jackson.databind.json.JsonMapper;
import vn.ptdv.shared.Messages;

/**
 * A refusal written by a filter before the request reaches Spring MVC: problem details in
 * Vietnamese for the API, a short Vietnamese page otherwise. Written directly rather than by an
 * error dispatch, which would read the request's parameters, its session and the database again.
 */
@Component
class FilterRefusal {
    private final Messages messages;
    private final JsonMapper json;

    FilterRefusal(Messages messages, JsonMapper json) {
        this.messages = messages;
        this.json = json;
    }

    /** Whether the request is one of the API's (under {@code /api/}), which answers problem details. */
    static boolean isApi(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/api/");
    }

    /** Answers STATUS with the page title PAGE_TITLE_KEY, or the API's title of the status, and DETAIL. */
    void write(HttpServletRequest request, HttpServletResponse response, int status, String pageTitleKey,
            String detail) throws IOException {
        response.setStatus(status);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        if (isApi(request)) {
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            json.writeValue(response.getOutputStream(), Map.of("type", "about:blank",
                    "title", messages.text("error.http." + status + ".title"), "status", status, "detail", detail,
                    "instance", request.getRequestURI()));
        } else {
            response.setContentType(MediaType.TEXT_HTML_VALUE);
            String title = HtmlUtils.htmlEscape(messages.text(pageTitleKey), "UTF-8");
            response.getWriter().write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>" + title
                    + "</title></head><body><h1>" + title + "</h1><p>" + HtmlUtils.htmlEscape(detail, "UTF-8")
                    + "</p><p><a href=\"" + request.getContextPath() + "/\">"
                    + HtmlUtils.htmlEscape(messages.text("error.page.home"), "UTF-8") + "</a></p></body></html>");
        }
    }
}

package vn.ptdv.shared.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.web.util.HtmlUtils;

/**
 * Tomcat's error page for requests that never reach the application — a malformed URL (a raw
 * {@code %}), a bad header — in Vietnamese instead of Tomcat's English report, and without the
 * server's name and version. Errors that reach Spring are rendered by its error page as before:
 * this valve writes only when nothing was written yet. Tomcat creates it by its class name, so
 * it reads its words straight from the message bundle.
 */
public class VietnameseErrorReportValve extends ErrorReportValve {
    private static final ResourceBundle MESSAGES = ResourceBundle.getBundle("messages_vi", Locale.ROOT);

    public VietnameseErrorReportValve() {
        setShowReport(false);
        setShowServerInfo(false);
    }

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String title = text("error.http." + status + ".title", text("error.page.other", "Lỗi"));
        String detail = text("error.page.malformed", "Yêu cầu không hợp lệ.");
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("<!DOCTYPE html><html lang=\"vi\"><head><meta charset=\"utf-8\"><title>"
                        + escape(title) + "</title></head><body><h1>" + escape(title)
                        + "</h1><p>" + escape(detail) + "</p><p><a href=\"/\">"
                        + escape(text("error.page.home", "Về trang tổng quan"))
                        + "</a></p></body></html>");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // The client went away, or the response is already on its way: nothing more to say.
        }
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text, StandardCharsets.UTF_8.name());
    }

    private static String text(String key, String fallback) {
        try {
            return MESSAGES.getString(key);
        } catch (MissingResourceException e) {
            return fallback;
        }
    }
}

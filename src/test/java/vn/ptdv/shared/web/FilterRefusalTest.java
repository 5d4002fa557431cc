package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Part;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.StaticMessageSource;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Messages;

/** What the filters answer before a request reaches Spring MVC: an upload too large, a server too busy. */
class FilterRefusalTest {
    private final Messages messages = new Messages(source());
    private final FilterRefusal refusal = new FilterRefusal(messages, JsonMapper.builder().build());
    private final RequestBodyLimit limit = new RequestBodyLimit(DataSize.ofMegabytes(1), DataSize.ofMegabytes(21),
            DataSize.ofMegabytes(22), messages, refusal);

    private static StaticMessageSource source() {
        StaticMessageSource source = new StaticMessageSource();
        source.addMessage("error.page.413", Formats.VIETNAMESE, "Nội dung gửi lên quá lớn");
        source.addMessage("error.http.413.title", Formats.VIETNAMESE, "Nội dung quá lớn");
        source.addMessage("error.uploadTooLarge.detail", Formats.VIETNAMESE, "Tệp đến {0}, cả lần đến {1}; chưa lưu gì.");
        source.addMessage("error.uploadTooLarge.overLimit", Formats.VIETNAMESE, "Tệp lớn hơn giới hạn; chưa lưu gì.");
        source.addMessage("error.page.503", Formats.VIETNAMESE, "Hệ thống đang bận");
        source.addMessage("error.http.503.title", Formats.VIETNAMESE, "Hệ thống tạm thời không phục vụ được");
        source.addMessage("error.page.home", Formats.VIETNAMESE, "Về trang tổng quan");
        return source;
    }

    /** An upload that declares LENGTH bytes, whose parts are read as the server would: PARTS. */
    private static MockHttpServletRequest upload(String path, long length, Parts parts) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", path) {
            @Override
            public long getContentLengthLong() {
                return length;
            }

            @Override
            public Collection<Part> getParts() {
                return parts.read();
            }
        };
        request.setContentType("multipart/form-data; boundary=x");
        return request;
    }

    /** How the server reads an upload's parts. */
    interface Parts {
        Collection<Part> read();
    }

    private static MockHttpServletRequest upload(String path, long length) {
        return upload(path, length, List::of);
    }

    private MockHttpServletResponse send(MockHttpServletRequest request, AtomicBoolean handled) throws Exception {
        MockHttpServletResponse response = new MockHttpServletResponse();
        limit.doFilter(request, response, (req, res) -> handled.set(true));
        return response;
    }

    @Test
    void anUploadLongerThanTheLimitIsRefusedInVietnameseBeforeItIsRead() throws Exception {
        AtomicBoolean handled = new AtomicBoolean();

        MockHttpServletResponse page = send(upload("/imports/members", DataSize.ofMegabytes(22).toBytes() + 1), handled);
        MockHttpServletResponse api = send(upload("/api/v1/imports/members", DataSize.ofMegabytes(22).toBytes() + 1),
                handled);

        assertThat(handled).isFalse();
        assertThat(page.getStatus()).isEqualTo(413);
        assertThat(page.getContentAsString()).contains("<h1>Nội dung gửi lên quá lớn</h1>",
                "Tệp đến 21 MB, cả lần đến 22 MB; chưa lưu gì.");
        assertThat(api.getStatus()).isEqualTo(413);
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"title\":\"Nội dung quá lớn\"",
                "\"detail\":\"Tệp đến 21 MB, cả lần đến 22 MB; chưa lưu gì.\"");
    }

    @Test
    void anUploadOfTheLimitIsReadBeforeItGoesOn() throws Exception {
        AtomicBoolean handled = new AtomicBoolean();
        AtomicBoolean read = new AtomicBoolean();

        MockHttpServletResponse response = send(upload("/imports/members", DataSize.ofMegabytes(22).toBytes(), () -> {
            read.set(!handled.get());
            return List.of();
        }), handled);

        assertThat(read).as("read before the rest of the chain").isTrue();
        assertThat(handled).isTrue();
        assertThat(response.getStatus()).isEqualTo(200);
    }

    @Test
    void anUploadWithAFileOverItsLimitIsRefusedInVietnamese() throws Exception {
        AtomicBoolean handled = new AtomicBoolean();

        MockHttpServletResponse response = send(upload("/imports/members", DataSize.ofMegabytes(21).toBytes() + 500, () -> {
            // As Tomcat reports a file over spring.servlet.multipart.max-file-size.
            throw new IllegalStateException("The field file exceeds its maximum permitted size of 22020096 bytes.");
        }), handled);

        assertThat(handled).isFalse();
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(response.getContentAsString()).contains("Tệp đến 21 MB, cả lần đến 22 MB; chưa lưu gì.");
    }

    @Test
    void anUploadThatCannotBeReadForAnotherReasonGoesOnToSpringMvc() throws Exception {
        AtomicBoolean handled = new AtomicBoolean();

        send(upload("/imports/members", 1000, () -> {
            throw new IllegalStateException("Stream ended unexpectedly");
        }), handled);

        assertThat(handled).isTrue();
    }

    @Test
    void anUploadToTheApiWithoutCredentialsIsLeftUnreadForTheApiToRefuse() throws Exception {
        AtomicBoolean handled = new AtomicBoolean();
        AtomicBoolean read = new AtomicBoolean();
        Parts parts = () -> {
            read.set(true);
            return List.of();
        };

        send(upload("/api/v1/imports/members", 1000, parts), handled);
        assertThat(read).as("read without credentials").isFalse();
        MockHttpServletRequest signed = upload("/api/v1/imports/members", 1000, parts);
        signed.addHeader("Authorization", "Bearer ptdv_x");
        send(signed, handled);

        assertThat(read).as("read with credentials").isTrue();
        assertThat(handled).isTrue();
    }

    @Test
    void withoutLimitsOfUploadsNothingIsRefusedForItsLength() throws Exception {
        RequestBodyLimit unlimited = new RequestBodyLimit(DataSize.ofMegabytes(1), DataSize.ofBytes(-1),
                DataSize.ofBytes(-1), messages, refusal);
        AtomicBoolean handled = new AtomicBoolean();

        unlimited.doFilter(upload("/imports/members", DataSize.ofMegabytes(500).toBytes()), new MockHttpServletResponse(),
                (req, res) -> handled.set(true));

        assertThat(handled).isTrue();
    }

    @Test
    void aFormsFieldsAreReadBeforeTheRestOfTheChain() throws Exception {
        AtomicBoolean readFirst = new AtomicBoolean();
        AtomicBoolean handled = new AtomicBoolean();
        MockHttpServletRequest form = new MockHttpServletRequest("POST", "/organizations/new") {
            @Override
            public java.util.Map<String, String[]> getParameterMap() {
                readFirst.set(!handled.get());
                return super.getParameterMap();
            }
        };
        form.setContentType("application/x-www-form-urlencoded");
        form.setContent("name=Chi+b%E1%BB%99".getBytes(java.nio.charset.StandardCharsets.UTF_8));

        send(form, handled);

        assertThat(readFirst).isTrue();
        assertThat(handled).isTrue();
    }

    @Test
    void theBusyAnswerIsVietnameseForAPageAndProblemDetailsForTheApi() throws Exception {
        MockHttpServletResponse page = new MockHttpServletResponse();
        refusal.write(new MockHttpServletRequest("GET", "/dossiers"), page, 503, "error.page.503", "Đồng chí thử lại sau.");
        MockHttpServletResponse api = new MockHttpServletResponse();
        refusal.write(new MockHttpServletRequest("GET", "/api/v1/dossiers/20"), api, 503, "error.page.503",
                "Đồng chí thử lại sau.");

        assertThat(page.getStatus()).isEqualTo(503);
        assertThat(page.getContentAsString()).contains("<h1>Hệ thống đang bận</h1>", "Đồng chí thử lại sau.");
        assertThat(api.getContentType()).startsWith("application/problem+json");
        assertThat(api.getContentAsString()).contains("\"title\":\"Hệ thống tạm thời không phục vụ được\"",
                "\"status\":503", "\"detail\":\"Đồng chí thử lại sau.\"");
    }
}

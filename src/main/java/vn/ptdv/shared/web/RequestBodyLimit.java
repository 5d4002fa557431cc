package vn.ptdv.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.multipart.support.StandardMultipartHttpServletRequest;
import vn.ptdv.shared.Messages;

/**
 * The size limit of a request body that is not an upload: JSON and form posts up to
 * {@code ptdv.web.max-body-size} (1 MB unless set; {@code PTDV_MAX_BODY_SIZE}). A larger body is
 * answered 413 in Vietnamese before it is read — by its declared length, or, sent without one,
 * as soon as the bytes read pass the limit. Uploads ({@code multipart/form-data}) have their own
 * limits ({@code spring.servlet.multipart.*}; a negative one is none): an upload is read here,
 * before the request waits for its turn ({@link RequestTurns}), and one whose file or whole is over
 * its limit is answered 413 in Vietnamese (further on, Spring MVC answered it 413 with an empty
 * body, on pages and in the API). Each import checks its own limit after. A form's fields are read
 * here too; a JSON body is read in the turn.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {
    private final long limit;
    private final long fileLimit;
    private final long uploadLimit;
    private final Messages messages;
    private final FilterRefusal refusal;

    RequestBodyLimit(@Value("${ptdv.web.max-body-size:1MB}") DataSize limit,
            @Value("${spring.servlet.multipart.max-file-size:21MB}") DataSize fileLimit,
            @Value("${spring.servlet.multipart.max-request-size:22MB}") DataSize uploadLimit, Messages messages,
            FilterRefusal refusal) {
        this.limit = limit.toBytes();
        this.fileLimit = fileLimit.toBytes();
        this.uploadLimit = uploadLimit.toBytes();
        this.messages = messages;
        this.refusal = refusal;
    }

    /** The limit as the README and the messages state it ("1 MB"). */
    String limitText() {
        return text(limit);
    }

    private static String text(long bytes) {
        return bytes % (1024 * 1024) == 0 ? bytes / (1024 * 1024) + " MB" : bytes / 1024 + " KB";
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String type = request.getContentType();
        String lowerType = type == null ? "" : type.toLowerCase(java.util.Locale.ROOT);
        if (lowerType.startsWith("multipart/")) {
            if ((uploadLimit >= 0 && request.getContentLengthLong() > uploadLimit)
                    || (readBeforeTurn(request) && !uploadRead(request))) {
                refusal.write(request, response, HttpStatus.CONTENT_TOO_LARGE.value(), "error.page.413",
                        fileLimit >= 0 && uploadLimit >= 0
                                ? messages.text("error.uploadTooLarge.detail", text(fileLimit), text(uploadLimit))
                                : messages.text("error.uploadTooLarge.overLimit"));
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        if (request.getContentLengthLong() < 0 && request.getHeader("Transfer-Encoding") != null) {
            chain.doFilter(new Limited(request, limit), response);
            return;
        }
        if (lowerType.startsWith("application/x-www-form-urlencoded") && request.getContentLengthLong() > 0) {
            // A form's fields are read here, before the request's turn, as an upload is.
            request.getParameterMap();
        }
        chain.doFilter(request, response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        refusal.write(request, response, HttpStatus.CONTENT_TOO_LARGE.value(), "error.page.413",
                messages.text("error.bodyTooLarge.detail", limitText()));
    }

    /**
     * Whether an upload is read before the request's turn: always on pages (Spring Security reads
     * the form's CSRF token from it anyway), and in the API only with credentials, so that nobody
     * makes the server read an upload before the API refuses it as unauthenticated.
     */
    private static boolean readBeforeTurn(HttpServletRequest request) {
        return !FilterRefusal.isApi(request) || request.getHeader("Authorization") != null;
    }

    /**
     * Reads the parts of an upload, which Spring MVC then finds read: false when a file or the whole
     * is over its limit. Any other failure is answered by Spring MVC, as it was before.
     */
    private static boolean uploadRead(HttpServletRequest request) {
        try {
            new StandardMultipartHttpServletRequest(request);
            return true;
        } catch (MaxUploadSizeExceededException e) {
            return false;
        } catch (MultipartException e) {
            return true;
        }
    }

    /** A body read past the limit; answered 413 by the API's error handler. */
    static final class BodyTooLarge extends IOException {
        BodyTooLarge(long limit) {
            super("request body over " + limit + " bytes", null);
        }
    }

    /** A body sent without its length, cut off with {@link BodyTooLarge} when it passes the limit. */
    private static final class Limited extends HttpServletRequestWrapper {
        private final long limit;
        private ServletInputStream stream;

        Limited(HttpServletRequest request, long limit) {
            super(request);
            this.limit = limit;
        }

        @Override
        public ServletInputStream getInputStream() throws IOException {
            if (stream == null) {
                ServletInputStream in = super.getInputStream();
                stream = new ServletInputStream() {
                    private long read;

                    @Override
                    public int read() throws IOException {
                        int b = in.read();
                        if (b >= 0) {
                            count(1);
                        }
                        return b;
                    }

                    @Override
                    public int read(byte[] buffer, int offset, int length) throws IOException {
                        int n = in.read(buffer, offset, length);
                        if (n > 0) {
                            count(n);
                        }
                        return n;
                    }

                    private void count(int n) throws IOException {
                        read += n;
                        if (read > limit) {
                            throw new BodyTooLarge(limit);
                        }
                    }

                    @Override
                    public boolean isFinished() {
                        return in.isFinished();
                    }

                    @Override
                    public boolean isReady() {
                        return in.isReady();
                    }

                    @Override
                    public void setReadListener(ReadListener listener) {
                        in.setReadListener(listener);
                    }
                };
            }
            return stream;
        }
    }
}

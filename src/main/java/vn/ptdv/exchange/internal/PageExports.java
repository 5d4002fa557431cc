package vn.ptdv.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import java.util.function.Supplier;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ptdv.exchange.Exports;
import vn.ptdv.exchange.TableFormat;

/**
 * The "Xuất Excel" of every page that offers its table ({@link Exports#offer}): the page is given
 * the link to itself with {@code format=xlsx}, and that link answers the same table, with the same
 * filters, as a workbook instead of the page; and, for a page about an organization, the same
 * table as a Party document to sign (PDF) or to edit (Word), through the {@link TableFormat}s.
 */
@Configuration(proxyBeanMethods = false)
class PageExports implements WebMvcConfigurer {
    private final Exports exports;

    PageExports(Exports exports) {
        this.exports = exports;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
                    ModelAndView mav) {
                if (mav == null || !"GET".equals(request.getMethod())
                        || !(mav.getModel().get(Exports.PAGE_TABLE) instanceof Exports.PageTable offered)) {
                    return;
                }
                String format = request.getParameter("format");
                if ("xlsx".equalsIgnoreCase(format)) {
                    mav.setView(download(vn.ptdv.exchange.Workbooks.MEDIA_TYPE, () -> exports.workbook(
                            offered.table().get(), offered.subject(), offered.organizationId())));
                    return;
                }
                java.util.Optional<TableFormat> document = offered.organizationId() == null
                        ? java.util.Optional.empty() : exports.format(format);
                if (document.isPresent()) {
                    TableFormat chosen = document.get();
                    mav.setView(download(chosen.mediaType(), () -> exports.document(offered.table().get(),
                            offered.organizationId(), chosen)));
                    return;
                }
                String query = request.getQueryString();
                mav.addObject("exportUrl", link(request, query, "xlsx"));
                if (offered.organizationId() != null) {
                    mav.addObject("exportDocuments", exports.formats().stream()
                            .map(f -> new Link(f.labelKey(), link(request, query, f.code()))).toList());
                }
            }
        }).excludePathPatterns("/api/**");
    }

    /** A link of the page's export menu: its label's message key and the address. */
    record Link(String labelKey, String url) {
    }

    private static String link(HttpServletRequest request, String query, String format) {
        return UriComponentsBuilder.fromPath(request.getRequestURI()).query(query)
                .replaceQueryParam("format", format).replaceQueryParam("page").build().toUriString();
    }

    private static void send(ResponseEntity<byte[]> answer, HttpServletResponse response) throws java.io.IOException {
        response.setStatus(answer.getStatusCode().value());
        answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
        response.getOutputStream().write(answer.getBody());
    }

    /** A download instead of the page: the file is made only when the view renders. */
    private static View download(String contentType, Supplier<ResponseEntity<byte[]>> answer) {
        return new View() {
            @Override
            public String getContentType() {
                return contentType;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws Exception {
                send(answer.get(), response);
            }
        };
    }
}

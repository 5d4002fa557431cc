package vn.ptdv.exchange.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Map;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ptdv.exchange.Exports;

/**
 * The "Xuất Excel" of every page that offers its table ({@link Exports#offer}): the page is given
 * the link to itself with {@code format=xlsx}, and that link answers the same table, with the same
 * filters, as a workbook instead of the page.
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
                if ("xlsx".equalsIgnoreCase(request.getParameter("format"))) {
                    mav.setView(workbook(offered));
                    return;
                }
                String query = request.getQueryString();
                mav.addObject("exportUrl", UriComponentsBuilder.fromPath(request.getRequestURI()).query(query)
                        .replaceQueryParam("format", "xlsx").replaceQueryParam("page").build().toUriString());
            }
        }).excludePathPatterns("/api/**");
    }

    private View workbook(Exports.PageTable offered) {
        return new View() {
            @Override
            public String getContentType() {
                return vn.ptdv.exchange.Workbooks.MEDIA_TYPE;
            }

            @Override
            public void render(Map<String, ?> model, HttpServletRequest request, HttpServletResponse response)
                    throws Exception {
                ResponseEntity<byte[]> answer = exports.workbook(offered.table().get(), offered.subject(),
                        offered.organizationId());
                response.setStatus(answer.getStatusCode().value());
                answer.getHeaders().forEach((name, values) -> values.forEach(v -> response.addHeader(name, v)));
                response.getOutputStream().write(answer.getBody());
            }
        };
    }
}

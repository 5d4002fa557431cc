package vn.ptdv.shared.web;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

/**
 * Spring's {@link ResourceUrlEncodingFilter}, for the static assets only. With the resource chain
 * on (the WebJars locator turns it on), Spring's filter sends every {@code @{…}} link of a page
 * through the resource resolvers; a link that is not an asset ({@code /organizations/…}) is looked
 * for in four classpath locations and as a WebJar on every page, and a failed look-up is never
 * cached — 80% of a page's CPU under load. This filter hands only the asset folders to
 * {@link ResourceUrlProvider} (whose chain caches what it resolves, so
 * {@code /webjars/htmx.org/dist/htmx.min.js} becomes {@code /webjars/htmx.org/2.0.10/dist/htmx.min.js}
 * once) and leaves every other link as written. Being a {@code ResourceUrlEncodingFilter}, it
 * replaces the one Spring Boot would register.
 *
 * <p>An asset's link, once the chain has resolved it, is remembered: the chain's own cache still
 * took a path match over every resource handler and a key built per link, about 4% of a page's CPU.
 * The assets come with the application and do not change while it runs.
 */
@Component
public class AssetUrlEncodingFilter extends ResourceUrlEncodingFilter {
    /** The folders static assets are served from: {@code src/main/resources/static/*} and the WebJars. */
    static final List<String> ASSET_FOLDERS = List.of("/webjars/", "/css/", "/js/", "/img/");
    /** More than the templates link to (a few dozen): a link made up by a request cannot grow the memory. */
    static final int REMEMBERED_LINKS = 500;

    /** Each asset link as written, with the link the chain gave for it (or itself, when it gave none). */
    private final Map<String, String> resolved = new ConcurrentHashMap<>();

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request instanceof HttpServletRequest http && response instanceof HttpServletResponse page) {
            chain.doFilter(request, new AssetLinks(http, page, resolved));
        } else {
            chain.doFilter(request, response);
        }
    }

    private static final class AssetLinks extends HttpServletResponseWrapper {
        private final HttpServletRequest request;
        private final Map<String, String> resolved;

        AssetLinks(HttpServletRequest request, HttpServletResponse response, Map<String, String> resolved) {
            super(response);
            this.request = request;
            this.resolved = resolved;
        }

        @Override
        public String encodeURL(String url) {
            if (isAsset(url) && request.getAttribute(
                    ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR) instanceof ResourceUrlProvider assets) {
                String link = resolved.get(url);
                if (link == null) {
                    String found = assets.getForRequestUrl(request, url);
                    link = found == null ? url : found;
                    // A link the chain did not resolve (an unknown file, or the chain not ready yet) is asked again.
                    if (found != null && resolved.size() < REMEMBERED_LINKS) {
                        resolved.put(url, link);
                    }
                }
                return super.encodeURL(link);
            }
            return super.encodeURL(url);
        }

        private boolean isAsset(String url) {
            String contextPath = request.getContextPath();
            if (!url.startsWith(contextPath)) {
                return false;
            }
            for (String folder : ASSET_FOLDERS) {
                if (url.startsWith(folder, contextPath.length())) {
                    return true;
                }
            }
            return false;
        }
    }
}

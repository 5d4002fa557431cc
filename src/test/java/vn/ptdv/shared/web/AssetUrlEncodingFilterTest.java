package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletResponse;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.resource.ResourceUrlProvider;
import org.springframework.web.servlet.resource.ResourceUrlProviderExposingInterceptor;

class AssetUrlEncodingFilterTest {
    final ResourceUrlProvider assets = mock(ResourceUrlProvider.class);
    final MockHttpServletRequest request = new MockHttpServletRequest("GET", "/organizations/BM");
    final AssetUrlEncodingFilter filter = new AssetUrlEncodingFilter();

    /** The response a page is rendered into, behind the filter. */
    private HttpServletResponse pageResponse() throws Exception {
        request.setAttribute(ResourceUrlProviderExposingInterceptor.RESOURCE_URL_PROVIDER_ATTR, assets);
        AtomicReference<HttpServletResponse> seen = new AtomicReference<>();
        filter.doFilter(request, new MockHttpServletResponse(),
                (req, res) -> seen.set((HttpServletResponse) res));
        return seen.get();
    }

    @Test
    void anAssetLinkGetsItsVersionedUrl() throws Exception {
        when(assets.getForRequestUrl(any(), eq("/webjars/htmx.org/dist/htmx.min.js")))
                .thenReturn("/webjars/htmx.org/2.0.10/dist/htmx.min.js");

        assertThat(pageResponse().encodeURL("/webjars/htmx.org/dist/htmx.min.js"))
                .isEqualTo("/webjars/htmx.org/2.0.10/dist/htmx.min.js");
    }

    @Test
    void anAssetLinkIsAskedOfTheResourceChainOnceAndThenRemembered() throws Exception {
        when(assets.getForRequestUrl(any(), eq("/webjars/htmx.org/dist/htmx.min.js")))
                .thenReturn("/webjars/htmx.org/2.0.10/dist/htmx.min.js");

        assertThat(pageResponse().encodeURL("/webjars/htmx.org/dist/htmx.min.js"))
                .isEqualTo("/webjars/htmx.org/2.0.10/dist/htmx.min.js");
        assertThat(pageResponse().encodeURL("/webjars/htmx.org/dist/htmx.min.js"))
                .isEqualTo("/webjars/htmx.org/2.0.10/dist/htmx.min.js");

        verify(assets, times(1)).getForRequestUrl(any(), eq("/webjars/htmx.org/dist/htmx.min.js"));
    }

    @Test
    void aLinkTheResourceChainDoesNotResolveIsLeftAsWrittenAndAskedAgainNextTime() throws Exception {
        assertThat(pageResponse().encodeURL("/css/missing.css")).isEqualTo("/css/missing.css");
        when(assets.getForRequestUrl(any(), eq("/css/missing.css"))).thenReturn("/css/missing-1a2b.css");

        assertThat(pageResponse().encodeURL("/css/missing.css")).isEqualTo("/css/missing-1a2b.css");
        verify(assets, times(2)).getForRequestUrl(any(), eq("/css/missing.css"));
    }

    @Test
    void aLinkToAPageIsLeftAsWrittenWithoutAnyResourceLookup() throws Exception {
        HttpServletResponse page = pageResponse();

        assertThat(page.encodeURL("/organizations/BM-P-HOABINH-KP01?date=2026-01-01"))
                .isEqualTo("/organizations/BM-P-HOABINH-KP01?date=2026-01-01");
        assertThat(page.encodeURL("/people/12")).isEqualTo("/people/12");
        verifyNoInteractions(assets);
    }

    @Test
    void underAContextPathOnlyItsAssetFoldersAreResolved() throws Exception {
        request.setContextPath("/ptdv");
        request.setRequestURI("/ptdv/organizations/BM");
        when(assets.getForRequestUrl(any(), eq("/ptdv/css/app.css"))).thenReturn("/ptdv/css/app.css");
        HttpServletResponse page = pageResponse();

        assertThat(page.encodeURL("/ptdv/css/app.css")).isEqualTo("/ptdv/css/app.css");
        assertThat(page.encodeURL("/ptdv/cssx/other")).isEqualTo("/ptdv/cssx/other");
        assertThat(page.encodeURL("/css/app.css")).isEqualTo("/css/app.css");
    }
}

package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPatternParser;
import vn.ptdv.shared.web.MappingsByFirstSegment.Mapping;

/**
 * Which mappings Spring MVC need not ask: only those whose every path starts with a fixed word other
 * than the request's first segment, compared as path patterns compare it.
 */
class MappingsByFirstSegmentTest {
    private static RequestMappingInfo paths(String... paths) {
        return RequestMappingInfo.paths(paths).options(builderOptions()).build();
    }

    private static RequestMappingInfo.BuilderConfiguration builderOptions() {
        RequestMappingInfo.BuilderConfiguration options = new RequestMappingInfo.BuilderConfiguration();
        options.setPatternParser(PathPatternParser.defaultInstance);
        return options;
    }

    @Test
    void aMappingUnderFixedWordsIsKnownByThem() {
        assertThat(Mapping.firstWords(paths("/organizations/{code}", "/organizations"))).containsExactly("organizations");
        assertThat(Mapping.firstWords(paths("/api/v1/me", "/account/tokens"))).containsExactlyInAnyOrder("api", "account");
    }

    @Test
    void aMappingThatMayStartAnyHowIsAlwaysAsked() {
        assertThat(Mapping.firstWords(paths("/"))).isEmpty();
        assertThat(Mapping.firstWords(paths("/{code}"))).isEmpty();
        assertThat(Mapping.firstWords(paths("/**"))).isEmpty();
        assertThat(Mapping.firstWords(paths("/organizations/{code}", "/*.html"))).isEmpty();
        assertThat(Mapping.firstWords(paths("/org*/x"))).isEmpty();
    }

    @Test
    void theRequestsFirstSegmentIsReadAsPatternsReadIt() {
        assertThat(firstSegment("/organizations/BM-P-HOABINH-KP01")).isEqualTo("organizations");
        assertThat(firstSegment("/organ%69zations/BM")).isEqualTo("organizations");
        assertThat(firstSegment("/organizations;v=1/BM")).isEqualTo("organizations");
        assertThat(firstSegment("/")).isEmpty();
    }

    @Test
    void underAContextPathTheFirstSegmentIsTheApplicationsOwn() {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/ptdv/organizations/BM");
        request.setContextPath("/ptdv");
        ServletRequestPathUtils.parseAndCache(request);

        assertThat(Mapping.firstSegment(request)).isEqualTo("organizations");
    }

    @Test
    void aRequestWhosePathWasNotParsedAsksEveryMapping() {
        assertThat(Mapping.firstSegment(new MockHttpServletRequest("GET", "/organizations/BM"))).isNull();
    }

    private static String firstSegment(String uri) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
        ServletRequestPathUtils.parseAndCache(request);
        return Mapping.firstSegment(request);
    }
}

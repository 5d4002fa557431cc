package vn.ptdv.shared.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.boot.webmvc.autoconfigure.WebMvcRegistrations;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.RequestPath;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;
import org.springframework.web.util.pattern.PathPattern;

/**
 * Spring MVC's mapping of requests to controllers, told which mappings cannot match before it
 * asks each one. A path with a variable ({@code /organizations/BM-P-HOABINH-KP01}) has no exact
 * entry, so Spring tries each of the application's two hundred mappings in turn, asking the request
 * its method, headers and path through the filters' five request wrappers each time: 14% of a cell
 * page's CPU once compiled, a quarter of it in the first minute (a JFR profile of
 * bench/pages-load.sh on the national dataset, 2026-12-04). A mapping whose every path starts with a fixed word ({@code organizations},
 * {@code api}) cannot match a request whose path starts with another, and is answered "no match"
 * without asking the request; every other mapping is asked exactly as before, so the chosen
 * controller, the 404, 405 and CORS answers are those of Spring's own lookup.
 */
@Configuration(proxyBeanMethods = false)
class MappingsByFirstSegment implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new Mapping();
    }

    static final class Mapping extends RequestMappingHandlerMapping {
        /** A first segment made only of these is matched literally, as written, by {@link PathPattern}. */
        private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9._-]+");
        /** The request's first path segment while it is looked up (null: none known, ask every mapping). */
        private static final ThreadLocal<String> FIRST_SEGMENT = new ThreadLocal<>();

        /** The fixed first words of each mapping's paths; empty when one of its paths starts otherwise. */
        private final Map<RequestMappingInfo, Set<String>> firstWords = new ConcurrentHashMap<>();

        @Override
        protected HandlerMethod lookupHandlerMethod(String lookupPath, HttpServletRequest request) throws Exception {
            String previous = FIRST_SEGMENT.get();
            FIRST_SEGMENT.set(firstSegment(request));
            try {
                return super.lookupHandlerMethod(lookupPath, request);
            } finally {
                if (previous == null) {
                    FIRST_SEGMENT.remove();
                } else {
                    FIRST_SEGMENT.set(previous);
                }
            }
        }

        @Override
        protected RequestMappingInfo getMatchingMapping(RequestMappingInfo info, HttpServletRequest request) {
            String first = FIRST_SEGMENT.get();
            // Words are compared as written: only while the patterns are matched case-sensitively.
            if (first != null && getPatternParser() != null && getPatternParser().isCaseSensitive()) {
                Set<String> words = firstWords.computeIfAbsent(info, Mapping::firstWords);
                if (!words.isEmpty() && !words.contains(first)) {
                    return null;
                }
            }
            return super.getMatchingMapping(info, request);
        }

        /** The first segment of the path as path patterns match it (decoded, without matrix variables). */
        static String firstSegment(HttpServletRequest request) {
            if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
                return null;
            }
            RequestPath path = ServletRequestPathUtils.getParsedRequestPath(request);
            for (PathContainer.Element element : path.pathWithinApplication().elements()) {
                if (element instanceof PathContainer.PathSegment segment) {
                    return segment.valueToMatch();
                }
            }
            return "";
        }

        /** The fixed first words of the mapping's paths, or none when any path starts with a variable or a wildcard. */
        static Set<String> firstWords(RequestMappingInfo info) {
            if (info.getPathPatternsCondition() == null || info.getPathPatternsCondition().getPatterns().isEmpty()) {
                return Set.of();
            }
            Set<String> words = info.getPathPatternsCondition().getPatterns().stream()
                    .map(pattern -> firstWord(pattern.getPatternString())).collect(Collectors.toSet());
            return words.contains(null) ? Set.of() : Set.copyOf(words);
        }

        private static String firstWord(String pattern) {
            if (!pattern.startsWith("/")) {
                return null;
            }
            int end = pattern.indexOf('/', 1);
            String word = end < 0 ? pattern.substring(1) : pattern.substring(1, end);
            return PLAIN.matcher(word).matches() ? word : null;
        }
    }
}

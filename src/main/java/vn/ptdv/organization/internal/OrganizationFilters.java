package vn.ptdv.organization.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriComponentsBuilder;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationChoice;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.Problems;

/**
 * The organization filter of every list and report page ({@code ?organization=}) takes what a
 * person typed: a code, or a name with or without diacritics. Before the page's controller runs, a
 * value that is not the code of an organization in the user's scope is looked up there by name: one
 * match redirects to the same page with its code; several, or none, show instead of the page a
 * choice ({@code organization/choose}) that lists the matches with their paths (or says, under the
 * field, that nothing in the scope has that name; answered 404 as an out-of-scope code always was)
 * and offers the field again — never an error page for a name. The API keeps codes.
 */
@Configuration(proxyBeanMethods = false)
class OrganizationFilters implements WebMvcConfigurer {
    static final String PARAMETER = "organization";
    /** How many matches the choice lists at the most. */
    static final int CHOICES = 20;

    private final TreeReader tree;
    private final AccessScope scope;
    private final OrganizationService organizations;

    OrganizationFilters(TreeReader tree, AccessScope scope, OrganizationService organizations) {
        this.tree = tree;
        this.scope = scope;
        this.organizations = organizations;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                    throws Exception {
                String typed = Problems.optional(request.getParameter(PARAMETER));
                if (!"GET".equals(request.getMethod()) || !(handler instanceof HandlerMethod) || typed == null
                        || CurrentUser.find().isEmpty()) {
                    return true;
                }
                Optional<OrganizationRef> byCode = tree.refByCode(typed);
                if (byCode.isPresent() && scope.canSee(byCode.get().id())) {
                    return true;
                }
                List<OrganizationChoice> choices = organizations.match(typed, 2);
                if (choices.size() == 1) {
                    response.sendRedirect(withOrganization(request, choices.get(0).code()));
                    return false;
                }
                throw new ChoiceNeeded();
            }
        }).excludePathPatterns("/api/**", "/organizations/suggestions");
    }

    /** The page asked for, with the organization's code in place of what was typed (from its first page). */
    static String withOrganization(HttpServletRequest request, String code) {
        UriComponentsBuilder url = UriComponentsBuilder.fromPath(request.getRequestURI());
        kept(request).forEach(e -> url.queryParam(e.getKey(), e.getValue()));
        return url.queryParam(PARAMETER, code).encode().build().toUriString();
    }

    /** The page's other parameters, kept when the organization is chosen. */
    static List<Map.Entry<String, String>> kept(HttpServletRequest request) {
        return request.getParameterMap().entrySet().stream()
                .filter(e -> !PARAMETER.equals(e.getKey()) && !"page".equals(e.getKey()))
                .flatMap(e -> Arrays.stream(e.getValue()).map(v -> Map.entry(e.getKey(), v))).toList();
    }

    /** A page's organization filter names no organization of the scope by code, and not exactly one by name. */
    static class ChoiceNeeded extends RuntimeException {
        ChoiceNeeded() {
            super(null, null, false, false);
        }
    }

    /**
     * Instead of the page: the organizations that the typed name matches, each a link to the page
     * filtered by it, or the field again with the reason under it when none does.
     */
    @ControllerAdvice(annotations = Controller.class)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    static class ChoiceAdvice {
        private final OrganizationService organizations;

        ChoiceAdvice(OrganizationService organizations) {
            this.organizations = organizations;
        }

        @ExceptionHandler(ChoiceNeeded.class)
        ModelAndView choose(HttpServletRequest request) {
            String typed = Problems.optional(request.getParameter(PARAMETER));
            List<OrganizationChoice> choices = organizations.match(typed, CHOICES);
            ModelAndView view = new ModelAndView("organization/choose");
            view.addObject("typed", typed);
            view.addObject("choices", choices.stream()
                    .map(c -> Map.entry(c, withOrganization(request, c.code()))).toList());
            view.addObject("action", request.getRequestURI());
            view.addObject("kept", kept(request));
            if (choices.isEmpty()) {
                // Nothing of the scope has that name or code: answered as not found (like a code outside
                // the scope always was), with the field and the reason under it rather than an error page.
                view.setStatus(HttpStatus.NOT_FOUND);
            }
            return view;
        }
    }
}

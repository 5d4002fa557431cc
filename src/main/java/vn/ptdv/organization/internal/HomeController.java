package vn.ptdv.organization.internal;

import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationType;

/** The landing page: the user's scope at a glance, with the organizations it holds by level. */
@Controller
class HomeController {
    private final OrganizationReader reader;
    private final TreeQueries queries;
    private final AccessScope scope;

    HomeController(OrganizationReader reader, TreeQueries queries, AccessScope scope) {
        this.reader = reader;
        this.queries = queries;
        this.scope = scope;
    }

    @GetMapping("/")
    @Transactional(readOnly = true)
    String home(Model model) {
        model.addAttribute("roots", reader.scopeRoots());
        model.addAttribute("counts", queries.countByType(scope.rootIds(), scope.today()));
        model.addAttribute("types", OrganizationType.values());
        model.addAttribute("today", scope.today());
        return "home";
    }
}

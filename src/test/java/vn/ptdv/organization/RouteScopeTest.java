package vn.ptdv.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.Json;

/**
 * The scope over the whole route table: every page and API endpoint that Spring MVC maps is
 * called, its path variables filled with objects of commune B, its query and body naming commune
 * B's organizations, people and members. A committee of commune A reads nothing of B (no name of
 * B in any answer) and changes nothing (every write is refused); a viewer of the province, who
 * sees B, changes nothing either. Afterwards B's records read exactly as before.
 *
 * <p>The routes come from {@link RequestMappingHandlerMapping}, so a new endpoint is checked the
 * day it is added: if its path has a variable this test does not know how to fill, or it needs
 * an exception, the test fails until someone teaches it here. {@link #EXCEPTIONS} is the reviewed
 * list of routes that are not about any organization's data.
 */
@IntegrationTest
class RouteScopeTest {
    /** Routes that hold nothing of an organization, each with the reason; reviewed, never a way round a failure. */
    static final Map<String, String> EXCEPTIONS = Map.ofEntries(
            Map.entry("GET /login", "the sign-in page, public"),
            Map.entry("GET /error", "Spring Boot's error page (no data)"),
            Map.entry("POST /error", "Spring Boot's error page (no data)"),
            Map.entry("POST /account/password", "the caller's own password: changes only the caller's account"),
            Map.entry("POST /account/tokens", "a new API token of the caller's own account, as narrow as the account"),
            Map.entry("GET /v3/api-docs", "the OpenAPI description of the API (no data)"),
            Map.entry("GET /v3/api-docs.yaml", "the OpenAPI description of the API (no data)"),
            Map.entry("GET /v3/api-docs/swagger-config", "the OpenAPI page's settings (no data)"),
            Map.entry("GET /swagger-ui.html", "redirect to the OpenAPI page (no data)"));

    /**
     * Writes that answer before they act: an upload starts an import job and redirects to it; its
     * rows are then checked by the one scope look-up (MemberImport, TargetImport…) and nothing is
     * stored when one is refused, which the comparison of commune B's records afterwards checks.
     */
    static final Map<String, String> GLOBAL_WRITES = Map.ofEntries(
            Map.entry("POST /imports/{kind}", "starts an import job (see above); its rows are checked in the job"));

    private static final Set<String> WRITES = Set.of("POST", "PUT", "PATCH", "DELETE");
    private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(:[^}]*)?}");

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Autowired
    Api api;
    Fixtures.Tree tree;
    String department;
    String communeA;
    String viewer;
    String userB;
    /** What only commune B's records contain: their names. */
    List<String> markersOfB;
    Map<String, String> idsOfB = new LinkedHashMap<>();

    @BeforeEach
    void setUp() throws Exception {
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        communeA = fixtures.user(Role.COMMITTEE, tree.communeA());
        viewer = fixtures.user(Role.VIEWER, tree.province());
        userB = fixtures.user(Role.COMMITTEE, tree.communeB());
        String nationalId = "079085" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
        String personName = "Bí Mật Xã Bên " + tree.prefix();
        long person = Json.id(api.post(department, "/api/v1/people", """
                {"fullName": "%s", "birthDate": "1985-04-04", "gender": "MALE", "nationalId": "%s", "ethnicity": "01",
                 "religion": "NONE", "residenceOrganizationCode": "%s"}
                """.formatted(personName, nationalId, tree.cellB1())).andExpect(status().isCreated()));
        String memberName = "Đảng Viên Xã Bên " + tree.prefix();
        long member = Json.id(api.post(department, "/api/v1/members", """
                {"person": {"fullName": "%s", "birthDate": "1980-01-01", "gender": "MALE", "ethnicity": "01",
                            "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "admittedOn": "2010-01-01", "officialOn": "2011-01-01"}
                """.formatted(memberName, tree.cellB1(), tree.cellB1())).andExpect(status().isCreated()));
        long directive = Json.id(api.post(department, "/api/v1/directives", """
                {"numberSymbol": "%d-KH/ĐU", "type": "PLAN", "issuedOn": "2026-01-15", "issuerCode": "%s",
                 "title": "Kế hoạch Xã Bên"}
                """.formatted(ThreadLocalRandom.current().nextInt(1, 9999), tree.communeB()))
                .andExpect(status().isCreated()));
        long cls = Json.id(api.post(department, "/api/v1/classes", """
                {"name": "Lớp Xã Bên %s", "organizerCode": "%s", "startDate": "2026-03-02", "endDate": "2026-03-06"}
                """.formatted(tree.prefix(), tree.communeB())).andExpect(status().isCreated()));
        long participant = Json.id(api.post(department, "/api/v1/classes/" + cls + "/participants", """
                {"personId": %d}
                """.formatted(person)).andExpect(status().isCreated()));
        String prospectName = "Quần Chúng Xã Bên " + tree.prefix();
        long prospect = Json.id(api.post(department, "/api/v1/prospects", """
                {"person": {"fullName": "%s", "birthDate": "2000-01-01", "gender": "FEMALE", "ethnicity": "01",
                            "religion": "NONE", "residenceOrganizationCode": "%s"},
                 "organizationCode": "%s", "since": "2026-03-01", "channel": "CELL", "categories": []}
                """.formatted(prospectName, tree.cellB1(), tree.cellB1())).andExpect(status().isCreated()));
        long dossier = Json.id(api.post(department, "/api/v1/dossiers", """
                {"personId": %d, "cellCode": "%s"}
                """.formatted(person, tree.cellB1())).andExpect(status().isCreated()));
        var step = api.post(department, "/api/v1/dossiers/" + dossier + "/steps", """
                {"step": "APPLICATION", "date": "2026-03-02"}
                """);
        Number stepId = Json.read(step, "$.history[0].id");
        long restructuring = Json.id(api.post(department, "/api/v1/restructurings", """
                {"type": "RENAME", "organizationCode": "%s", "newName": "Chi bộ Thôn Nam Mới %s",
                 "effectiveDate": "2026-02-01"}
                """.formatted(tree.cellB2(), tree.prefix())).andExpect(status().isCreated()));
        long ceremony = Json.id(api.post(department, "/api/v1/ceremonies", """
                {"organizationCode": "%s", "date": "%s", "place": "Hội trường Xã Bên"}
                """.formatted(tree.communeB(), vn.ptdv.support.MutableClock.today().plusDays(30)))
                .andExpect(status().isCreated()));
        idsOfB.put("ceremony", String.valueOf(ceremony));
        // A transfer that B's committee asked for one of its members, to a cell outside B (the agency's).
        long transfer = Json.id(api.post(userB, "/api/v1/members/" + member + "/movements", """
                {"type": "TRANSFER", "date": "2026-03-02", "toOrganizationCode": "%s"}
                """.formatted(tree.agencyCell())).andExpect(status().isAccepted()));
        idsOfB.put("transferRequest", String.valueOf(transfer));
        markersOfB = List.of("An Phú", "Thôn Tây", "Thôn Nam", personName, memberName, prospectName,
                "Lớp Xã Bên", "Kế hoạch Xã Bên", nationalId);
        idsOfB.put("person", String.valueOf(person));
        idsOfB.put("member", String.valueOf(member));
        idsOfB.put("directive", String.valueOf(directive));
        idsOfB.put("class", String.valueOf(cls));
        idsOfB.put("participant", String.valueOf(participant));
        idsOfB.put("prospect", String.valueOf(prospect));
        idsOfB.put("dossier", String.valueOf(dossier));
        idsOfB.put("step", String.valueOf(stepId.longValue()));
        idsOfB.put("restructuring", String.valueOf(restructuring));
        idsOfB.put("apiToken", String.valueOf(apiTokenOf(userB)));
    }

    /** An API token of commune B's account, made on its account page; only its owner may revoke it. */
    private long apiTokenOf(String username) throws Exception {
        mvc.perform(MockMvcRequestBuilders.post("/account/tokens").with(api.as(username)).with(csrf())
                .param("name", "Mã Xã Bên")).andExpect(status().isOk());
        return jdbc.sql("SELECT MAX(t.id) FROM api_token t JOIN app_user u ON u.id = t.user_id WHERE u.username = :u")
                .param("u", username).query(Long.class).single();
    }

    /** Every route Spring MVC maps, as "METHOD /pattern". */
    private Set<String> routes() {
        Set<String> routes = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            Set<String> names = new TreeSet<>();
            if (methods.isEmpty()) {
                names.addAll(List.of("GET", "POST"));
            } else {
                methods.forEach(m -> names.add(m.name()));
            }
            for (String pattern : info.getPatternValues()) {
                names.forEach(method -> routes.add(method + " " + pattern));
            }
        }
        return routes;
    }

    /** The value of a path variable: an object of commune B, chosen by the route it appears in. */
    private String fill(String pattern, String variable) {
        String id = switch (variable) {
            case "code" -> pattern.contains("template") ? "bien-ban" : tree.cellB1();
            case "username" -> userB;
            case "personId" -> idsOfB.get("person");
            case "stepId" -> idsOfB.get("step");
            case "participantId" -> idsOfB.get("participant");
            case "dossierId" -> idsOfB.get("dossier");
            case "kind" -> "members";
            case "table" -> "members";
            case "form" -> "6-KND";
            case "date" -> "2026-09-02";
            case "id" -> idOf(pattern);
            default -> null;
        };
        assertThat(id).as("RouteScopeTest does not know how to fill {%s} of %s: teach it (fill) which object of"
                + " commune B to name there", variable, pattern).isNotNull();
        return id;
    }

    private String idOf(String pattern) {
        String path = pattern.replaceFirst("^/api/v1", "");
        for (Map.Entry<String, String> prefix : Map.of("/classes/", "class", "/directives/", "directive",
                "/dossiers/", "dossier", "/members/", "member", "/people/", "person", "/prospects/", "prospect",
                "/restructurings/", "restructuring", "/ceremonies/", "ceremony",
                "/transfer-requests/", "transferRequest").entrySet()) {
            if (path.startsWith(prefix.getKey())) {
                return idsOfB.get(prefix.getValue());
            }
        }
        if (path.startsWith("/account/tokens/")) {
            return idsOfB.get("apiToken");
        }
        if (path.startsWith("/imports/jobs/") || path.startsWith("/settings/templates/")) {
            // An import job belongs to the account that started it; a template version is the administrator's.
            return "987654321";
        }
        return null;
    }

    private String url(String pattern) {
        Matcher m = VARIABLE.matcher(pattern);
        StringBuilder url = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(url, Matcher.quoteReplacement(fill(pattern, m.group(1))));
        }
        m.appendTail(url);
        return url.toString();
    }

    /** A query and a body that name commune B wherever a request may name something. */
    private MockHttpServletRequestBuilder request(String method, String url, String username) {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), url)
                .with(api.as(username));
        Map<String, String> naming = new LinkedHashMap<>();
        naming.put("organization", tree.communeB());
        naming.put("organizationCode", tree.cellB1());
        naming.put("under", tree.communeB());
        naming.put("parent", tree.communeB());
        naming.put("cellCode", tree.cellB1());
        naming.put("organizerCode", tree.communeB());
        naming.put("issuerCode", tree.communeB());
        naming.put("toOrganizationCode", tree.cellB1());
        naming.put("personId", idsOfB.get("person"));
        naming.put("memberId", idsOfB.get("member"));
        naming.put("mentorMemberId", idsOfB.get("member"));
        naming.put("directiveId", idsOfB.get("directive"));
        boolean api = url.startsWith("/api/");
        if (!WRITES.contains(method) || !api) {
            naming.forEach(request::param);
        }
        if (WRITES.contains(method)) {
            request.with(csrf());
            if (api) {
                StringBuilder json = new StringBuilder("{");
                naming.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append('"').append(k)
                        .append("\":\"").append(v).append('"'));
                request.contentType(MediaType.APPLICATION_JSON).content(json.append('}').toString());
            }
        }
        return request;
    }

    /** What a change of commune B would show: B's records as the department reads them. */
    private List<String> recordsOfB() throws Exception {
        List<String> records = new ArrayList<>();
        for (String url : List.of("/api/v1/people/" + idsOfB.get("person"), "/api/v1/members/" + idsOfB.get("member"),
                "/api/v1/directives/" + idsOfB.get("directive"), "/api/v1/classes/" + idsOfB.get("class"),
                "/api/v1/classes/" + idsOfB.get("class") + "/participants",
                "/api/v1/prospects/" + idsOfB.get("prospect"), "/api/v1/dossiers/" + idsOfB.get("dossier"),
                "/api/v1/organizations/" + tree.communeB(), "/api/v1/organizations?under=" + tree.communeB(),
                "/api/v1/users/" + userB, "/api/v1/members?organization=" + tree.communeB(),
                "/api/v1/prospects?organization=" + tree.communeB(), "/api/v1/assignments?organization=" + tree.communeB(),
                "/api/v1/directives?organization=" + tree.communeB(), "/api/v1/dossiers?organization=" + tree.communeB(),
                "/api/v1/transfer-requests/" + idsOfB.get("transferRequest"))) {
            records.add(url + " " + api.get(department, url).andReturn().getResponse().getContentAsString());
        }
        return records;
    }

    private static boolean isWrite(String route) {
        return WRITES.contains(route.substring(0, route.indexOf(' ')));
    }

    @Test
    void everyExceptionIsStillARoute() {
        assertThat(routes()).as("an exception names a route that no longer exists: remove it")
                .containsAll(EXCEPTIONS.keySet()).containsAll(GLOBAL_WRITES.keySet());
    }

    @Test
    void aCommitteeOfOneCommuneReadsAndChangesNothingOfAnotherOnAnyRoute() throws Exception {
        List<String> before = recordsOfB();
        List<String> failures = new ArrayList<>();
        Set<String> routes = routes();
        for (String route : routes) {
            if (EXCEPTIONS.containsKey(route) || GLOBAL_WRITES.containsKey(route)) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String url = url(route.substring(route.indexOf(' ') + 1));
            MockHttpServletResponse response;
            try {
                response = mvc.perform(request(method, url, communeA)).andReturn().getResponse();
            } catch (Exception e) {
                failures.add(route + " -> fails: " + rootCause(e));
                continue;
            }
            String verdict = verdict(route, url, response, isWrite(route));
            if (verdict != null) {
                failures.add(verdict);
            }
        }
        assertThat(failures).as("routes that reach commune B for a committee of commune A").isEmpty();
        assertThat(recordsOfB()).as("commune B's records after every route was tried").isEqualTo(before);
        assertThat(routes.size()).isGreaterThan(100);
    }

    @Test
    void aViewerChangesNothingOnAnyRoute() throws Exception {
        List<String> before = recordsOfB();
        List<String> failures = new ArrayList<>();
        for (String route : routes()) {
            if (!isWrite(route) || EXCEPTIONS.containsKey(route)) {
                continue;
            }
            String method = route.substring(0, route.indexOf(' '));
            String url = url(route.substring(route.indexOf(' ') + 1));
            MockHttpServletResponse response;
            try {
                response = mvc.perform(request(method, url, viewer)).andReturn().getResponse();
            } catch (Exception e) {
                failures.add(route + " -> fails: " + rootCause(e));
                continue;
            }
            if (!refused(url, response)) {
                failures.add(route + " -> " + response.getStatus() + " " + response.getHeader("Location"));
            }
        }
        assertThat(failures).as("writes a viewer was not refused").isEmpty();
        assertThat(recordsOfB()).as("commune B's records after a viewer tried every write").isEqualTo(before);
    }

    private static String rootCause(Throwable e) {
        Throwable cause = e;
        while (cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause.toString();
    }

    /** Null when the route kept commune B out of the answer (and, for a write, refused it). */
    private String verdict(String route, String url, MockHttpServletResponse response, boolean write)
            throws Exception {
        int status = response.getStatus();
        if (status >= 500) {
            return route + " -> " + status;
        }
        String body = response.getContentAsString();
        for (String marker : markersOfB) {
            if (body.contains(marker)) {
                return route + " -> " + status + " shows \"" + marker + "\"";
            }
        }
        if (write && !refused(url, response)) {
            return route + " -> " + status + " " + response.getHeader("Location");
        }
        return null;
    }

    /**
     * A refused write: a 4xx, or a page that shows its form again (200) instead of redirecting to
     * what it made; a redirect to the sign-in page or back to the same form is a refusal too.
     */
    private static boolean refused(String url, MockHttpServletResponse response) {
        int status = response.getStatus();
        if (status >= 400 && status < 500) {
            return true;
        }
        return !url.startsWith("/api/") && status == 200;
    }
}

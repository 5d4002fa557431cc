package vn.ptdv.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.planning.Term;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Problems;

/**
 * Admission targets of an organization for a term (year 0) or one of its years, each linked to
 * the directive that set it. Saving one checks that the allocation adds up: the children's
 * targets against the organization's, the organization's against its parent's, the years
 * against the term; a mismatch is a warning, since allocations are made step by step.
 */
@Service
class TargetService {
    static final int WHOLE_TERM = 0;
    static final int MAX_ADMISSIONS = 1_000_000;

    private final JdbcClient jdbc;
    private final TermService terms;
    private final DirectiveService directives;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    TargetService(JdbcClient jdbc, TermService terms, DirectiveService directives, OrganizationDirectory organizations,
            AccessScope scope, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.terms = terms;
        this.directives = directives;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    record TargetInput(String organizationCode, String termCode, Integer year, String admissions, Long directiveId,
            Integer version) {
    }

    record TargetRow(long organizationId, String termCode, int year, int admissions, Long directiveId,
            String directiveNumberSymbol, int version) {

        /** The year, or null for the whole term. */
        public Integer yearOrNull() {
            return year == WHOLE_TERM ? null : year;
        }
    }

    /** A warning about the allocation: a message key and its arguments. */
    record Warning(String code, String messageKey, List<Object> args) {
    }

    record Saved(OrganizationRef organization, TargetRow target, List<Warning> warnings) {
    }

    @Transactional
    Saved put(TargetInput input) {
        Problems problems = new Problems("target");
        OrganizationRef organization = null;
        String code = problems.required("organizationCode", input.organizationCode());
        if (code != null) {
            organization = organizations.findByCode(code).filter(o -> scope.canSee(o.id())).orElse(null);
            if (organization == null) {
                problems.refuse("organizationCode", "org.parent.unknown", code);
            } else {
                scope.requireWritable(organization);
                if (!scope.user().role().canActForCommittee()) {
                    throw new ForbiddenException("target.forbidden");
                }
            }
        }
        Term term = null;
        String termCode = problems.required("termCode", input.termCode());
        if (termCode != null) {
            term = terms.find(termCode).orElse(null);
            if (term == null) {
                problems.refuse("termCode", "term.notFound", termCode);
            }
        }
        int year = input.year() == null ? WHOLE_TERM : input.year();
        if (term != null && input.year() != null && !term.years().contains(input.year())) {
            problems.refuse("year", "target.year.outsideTerm", String.valueOf(input.year()), term.name());
        }
        Integer admissions = null;
        String text = problems.required("admissions", input.admissions());
        if (text != null) {
            if (!text.matches("\\d{1,7}")) {
                problems.malformed("admissions", "validation.wholeNumber", text);
            } else if (Integer.parseInt(text) > MAX_ADMISSIONS) {
                problems.malformed("admissions", "validation.range", 0, MAX_ADMISSIONS);
            } else {
                admissions = Integer.parseInt(text);
            }
        }
        if (input.directiveId() != null && organization != null) {
            OrganizationRef target = organization;
            Optional<DirectiveService.DirectiveRow> directive = directives.find(input.directiveId())
                    .filter(d -> scope.canSee(d.issuerId())
                            || organizations.isWithin(target.id(), d.issuerId(), scope.today()));
            if (directive.isEmpty()) {
                problems.refuse("directiveId", "directive.notFound", String.valueOf(input.directiveId()));
            }
        }
        problems.throwIfAny();

        Optional<TargetRow> current = find(organization.id(), termCode, year);
        if (input.version() != null && current.isPresent() && current.get().version() != input.version()) {
            throw new ConflictException("error.conflict.target", organization.name());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String user = scope.user().username();
        if (current.isPresent()) {
            jdbc.sql("""
                    UPDATE admission_target SET admissions = :admissions, directive_id = :directive,
                           version = version + 1, updated_at = :now, updated_by = :user
                    WHERE organization_id = :org AND term_code = :term AND target_year = :year
                    """).param("admissions", admissions).param("directive", input.directiveId()).param("now", now)
                    .param("user", user).param("org", organization.id()).param("term", termCode).param("year", year)
                    .update();
        } else {
            jdbc.sql("""
                    INSERT INTO admission_target (organization_id, term_code, target_year, admissions, directive_id,
                                                  version, created_at, created_by, updated_at, updated_by)
                    VALUES (:org, :term, :year, :admissions, :directive, 0, :now, :user, :now, :user)
                    """).param("org", organization.id()).param("term", termCode).param("year", year)
                    .param("admissions", admissions).param("directive", input.directiveId()).param("now", now)
                    .param("user", user).update();
        }
        audit.record("TARGET_SET", "target", organization.code() + "/" + termCode + (year == WHOLE_TERM ? "" : "/" + year),
                organization.id(), "organization=" + organization.code() + "; admissions="
                        + current.map(t -> String.valueOf(t.admissions())).orElse("-") + " -> " + admissions);
        return new Saved(organization, find(organization.id(), termCode, year).orElseThrow(),
                warnings(organization, term, year));
    }

    /** Several targets of one term or year at once (a page's allocation table): all stored, or none. */
    @Transactional
    List<Warning> putAll(List<TargetInput> inputs) {
        Problems problems = new Problems("target");
        List<Saved> saved = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            try {
                saved.add(put(inputs.get(i)));
            } catch (InvalidInputException refused) {
                Problems row = new Problems("target");
                refused.problems().forEach(p -> {
                    if (p.malformed()) {
                        row.malformed(p.field(), p.messageKey(), p.argsArray());
                    } else {
                        row.refuse(p.field(), p.messageKey(), p.argsArray());
                    }
                });
                problems.absorb(row, "rows[" + i + "].");
            }
        }
        problems.throwIfAny();
        List<Warning> warnings = new ArrayList<>();
        for (Saved s : saved) {
            Term term = terms.find(s.target().termCode()).orElseThrow();
            for (Warning w : warnings(s.organization(), term, s.target().year())) {
                boolean same = warnings.stream()
                        .anyMatch(o -> o.messageKey().equals(w.messageKey()) && o.args().equals(w.args()));
                if (!same) {
                    warnings.add(w);
                }
            }
        }
        return warnings;
    }

    /** How the allocation around the organization adds up. */
    List<Warning> warnings(OrganizationRef organization, Term term, int year) {
        LocalDate today = scope.today();
        List<Warning> warnings = new ArrayList<>();
        Optional<TargetRow> own = find(organization.id(), term.code(), year);
        List<OrganizationRef> children = organizations.childrenOn(organization.id(), today);
        if (own.isPresent()) {
            compare(warnings, "CHILDREN", own.get().admissions(), children, term.code(), year, organization.name());
        }
        organizations.ancestorsOn(organization.id(), today).stream().findFirst().ifPresent(parent -> {
            Optional<TargetRow> parentTarget = find(parent.id(), term.code(), year);
            parentTarget.ifPresent(p -> compare(warnings, "SIBLINGS", p.admissions(),
                    organizations.childrenOn(parent.id(), today), term.code(), year, parent.name()));
        });
        if (own.isPresent()) {
            if (year == WHOLE_TERM) {
                List<Integer> yearly = term.years().stream()
                        .map(y -> find(organization.id(), term.code(), y).map(TargetRow::admissions).orElse(null))
                        .toList();
                int sum = yearly.stream().filter(v -> v != null).mapToInt(Integer::intValue).sum();
                boolean complete = yearly.stream().allMatch(v -> v != null);
                if (sum > own.get().admissions() || complete && sum != own.get().admissions()) {
                    warnings.add(new Warning("YEARS", "target.warning.years", List.of(sum, own.get().admissions())));
                }
            } else {
                find(organization.id(), term.code(), WHOLE_TERM).ifPresent(whole -> {
                    int sum = term.years().stream()
                            .mapToInt(y -> find(organization.id(), term.code(), y).map(TargetRow::admissions).orElse(0))
                            .sum();
                    if (sum > whole.admissions()) {
                        warnings.add(new Warning("YEARS", "target.warning.years", List.of(sum, whole.admissions())));
                    }
                });
            }
        }
        return warnings;
    }

    /** Children's targets against their parent's: more is always wrong, less only once every child has one. */
    private void compare(List<Warning> warnings, String code, int parentTarget, List<OrganizationRef> children,
            String termCode, int year, String parentName) {
        if (children.isEmpty()) {
            return;
        }
        Map<Long, Integer> set = new HashMap<>();
        for (OrganizationRef child : children) {
            find(child.id(), termCode, year).ifPresent(t -> set.put(child.id(), t.admissions()));
        }
        if (set.isEmpty()) {
            return;
        }
        int sum = set.values().stream().mapToInt(Integer::intValue).sum();
        boolean complete = set.size() == children.size();
        if (sum > parentTarget || complete && sum != parentTarget) {
            warnings.add(new Warning(code, "target.warning.children",
                    List.of(sum, set.size(), children.size(), parentName, parentTarget)));
        }
    }

    Optional<TargetRow> find(long organizationId, String termCode, int year) {
        return jdbc.sql("""
                SELECT t.organization_id, t.term_code, t.target_year, t.admissions, t.directive_id, d.number_symbol,
                       t.version
                FROM admission_target t LEFT JOIN directive d ON d.id = t.directive_id
                WHERE t.organization_id = :org AND t.term_code = :term AND t.target_year = :year
                """).param("org", organizationId).param("term", termCode).param("year", year)
                .query(TargetService::map).optional();
    }

    /** The targets of the organizations for the term or year, by organization. */
    Map<Long, TargetRow> ofOrganizations(List<Long> organizationIds, String termCode, int year) {
        Map<Long, TargetRow> result = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return result;
        }
        jdbc.sql("""
                SELECT t.organization_id, t.term_code, t.target_year, t.admissions, t.directive_id, d.number_symbol,
                       t.version
                FROM admission_target t LEFT JOIN directive d ON d.id = t.directive_id
                WHERE t.organization_id IN (:orgs) AND t.term_code = :term AND t.target_year = :year
                """).param("orgs", organizationIds).param("term", termCode).param("year", year)
                .query(TargetService::map).list().forEach(t -> result.put(t.organizationId(), t));
        return result;
    }

    /**
     * The target of each organization as today's structure sees it: its own, or when it has none,
     * the sum of the targets of the organizations it took over (merged into it).
     */
    Map<Long, Integer> effective(List<Long> organizationIds, String termCode, int year) {
        Map<Long, Integer> own = new HashMap<>();
        Map<Long, Integer> inherited = new HashMap<>();
        if (organizationIds.isEmpty()) {
            return own;
        }
        jdbc.sql("""
                SELECT l.successor_id, t.organization_id, t.admissions
                FROM admission_target t JOIN organization_lineage l ON l.organization_id = t.organization_id
                WHERE l.successor_id IN (:orgs) AND t.term_code = :term AND t.target_year = :year
                """).param("orgs", organizationIds).param("term", termCode).param("year", year)
                .query(rs -> {
                    long successor = rs.getLong("successor_id");
                    int admissions = rs.getInt("admissions");
                    if (successor == rs.getLong("organization_id")) {
                        own.put(successor, admissions);
                    } else {
                        inherited.merge(successor, admissions, Integer::sum);
                    }
                });
        inherited.forEach(own::putIfAbsent);
        return own;
    }

    private static TargetRow map(ResultSet rs, int n) throws SQLException {
        long directive = rs.getLong("directive_id");
        Long directiveId = rs.wasNull() ? null : directive;
        return new TargetRow(rs.getLong("organization_id"), rs.getString("term_code"), rs.getInt("target_year"),
                rs.getInt("admissions"), directiveId, rs.getString("number_symbol"), rs.getInt("version"));
    }
}

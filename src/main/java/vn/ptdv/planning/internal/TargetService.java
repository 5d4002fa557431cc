package vn.ptdv.planning.internal;

import static vn.ptdv.planning.internal.TargetRow.WHOLE_TERM;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.planning.SetTarget;
import vn.ptdv.planning.Targets;
import vn.ptdv.planning.Term;
import vn.ptdv.planning.Terms;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Problems;

/**
 * Admission targets of an organization for a term or one of its years, each linked to the
 * directive that set it. Saving one checks that the allocation adds up: the children's targets
 * against the organization's, the organization's against its parent's, the years against the
 * term; a mismatch is a warning, since allocations are made step by step.
 */
@Service
class TargetService implements Targets {
    private final TargetStore store;
    private final Terms terms;
    private final DirectiveService directives;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    TargetService(TargetStore store, Terms terms, DirectiveService directives, OrganizationDirectory organizations,
            AccessScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.terms = terms;
        this.directives = directives;
        this.organizations = organizations;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** A warning about the allocation: a message key and its arguments. */
    record Warning(String code, String messageKey, List<Object> args) {
    }

    record Saved(OrganizationRef organization, TargetRow target, List<Warning> warnings) {
    }

    /** A target whose organization, term and year were found and may be set by the user. */
    private record Checked(SetTarget input, OrganizationRef organization, Term term, int year) {
    }

    @Transactional
    @Override
    public void set(SetTarget target) {
        setChecked(target);
    }

    @Transactional
    Saved setChecked(SetTarget input) {
        Problems problems = new Problems("target");
        Checked checked = check(input, problems);
        problems.throwIfAny();
        TargetRow row = store(checked);
        return new Saved(checked.organization(), row, warnings(checked.organization(), checked.term(), checked.year()));
    }

    /**
     * Several targets of one term or year at once (a page's allocation table), each one's problems
     * under {@code rows[i].}: all stored, or none. The warnings of all of them, each said once.
     */
    @Transactional
    List<Warning> setAll(List<SetTarget> inputs) {
        Problems problems = new Problems("target");
        List<Checked> checked = new ArrayList<>();
        for (int i = 0; i < inputs.size(); i++) {
            Problems row = new Problems("target");
            checked.add(check(inputs.get(i), row));
            problems.absorb(row, "rows[" + i + "].");
        }
        problems.throwIfAny();
        checked.forEach(this::store);
        List<Warning> warnings = new ArrayList<>();
        for (Checked c : checked) {
            for (Warning w : warnings(c.organization(), c.term(), c.year())) {
                boolean same = warnings.stream()
                        .anyMatch(o -> o.messageKey().equals(w.messageKey()) && o.args().equals(w.args()));
                if (!same) {
                    warnings.add(w);
                }
            }
        }
        return warnings;
    }

    /** The organization in scope (a committee's work), the term, a year of it, a directive the organization may cite. */
    private Checked check(SetTarget input, Problems problems) {
        OrganizationRef organization = scope.organizationForChange(problems, "organizationCode",
                input.organizationCode()).orElse(null);
        if (organization != null) {
            if (!scope.user().role().canActForCommittee()) {
                throw new ForbiddenException("target.forbidden");
            }
        }
        Term term = terms.find(input.termCode()).orElse(null);
        if (term == null) {
            problems.refuse("termCode", "term.notFound", input.termCode());
        } else if (input.year() != null && !term.years().contains(input.year())) {
            problems.refuse("year", "target.year.outsideTerm", String.valueOf(input.year()), term.name());
        }
        if (input.directiveId() != null && organization != null) {
            directives.forChange(problems, "directiveId", organization, input.directiveId());
        }
        return problems.isEmpty() ? new Checked(input, organization, term, TargetRow.yearOf(input.year())) : null;
    }

    private TargetRow store(Checked checked) {
        SetTarget input = checked.input();
        OrganizationRef organization = checked.organization();
        String termCode = checked.term().code();
        int year = checked.year();
        Optional<TargetRow> current = store.find(organization.id(), termCode, year);
        if (input.version() != null && current.isPresent() && current.get().version() != input.version()) {
            throw new ConflictException("error.conflict.target", organization.name());
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String user = scope.user().username();
        if (current.isPresent()) {
            store.update(organization.id(), termCode, year, input.admissions(), input.directiveId(), now, user);
        } else {
            store.insert(organization.id(), termCode, year, input.admissions(), input.directiveId(), now, user);
        }
        audit.record("TARGET_SET", "target", organization.code() + "/" + termCode + (year == WHOLE_TERM ? "" : "/" + year),
                organization.id(), "organization=" + organization.code() + "; admissions="
                        + current.map(t -> String.valueOf(t.admissions())).orElse("-") + " -> " + input.admissions());
        return store.find(organization.id(), termCode, year).orElseThrow();
    }

    /** How the allocation around the organization adds up. */
    List<Warning> warnings(OrganizationRef organization, Term term, int year) {
        LocalDate today = scope.today();
        List<Warning> warnings = new ArrayList<>();
        Optional<TargetRow> own = store.find(organization.id(), term.code(), year);
        List<OrganizationRef> children = organizations.childrenOn(organization.id(), today);
        if (own.isPresent()) {
            compare(warnings, "CHILDREN", own.get().admissions(), children, term.code(), year, organization.name());
        }
        organizations.ancestorsOn(organization.id(), today).stream().findFirst().ifPresent(parent -> {
            Optional<TargetRow> parentTarget = store.find(parent.id(), term.code(), year);
            parentTarget.ifPresent(p -> compare(warnings, "SIBLINGS", p.admissions(),
                    organizations.childrenOn(parent.id(), today), term.code(), year, parent.name()));
        });
        if (own.isPresent()) {
            if (year == WHOLE_TERM) {
                List<Integer> yearly = term.years().stream()
                        .map(y -> store.find(organization.id(), term.code(), y).map(TargetRow::admissions).orElse(null))
                        .toList();
                int sum = yearly.stream().filter(Objects::nonNull).mapToInt(Integer::intValue).sum();
                boolean complete = yearly.stream().allMatch(Objects::nonNull);
                if (sum > own.get().admissions() || complete && sum != own.get().admissions()) {
                    warnings.add(new Warning("YEARS", "target.warning.years", List.of(sum, own.get().admissions())));
                }
            } else {
                store.find(organization.id(), term.code(), WHOLE_TERM).ifPresent(whole -> {
                    int sum = term.years().stream().mapToInt(y -> store.find(organization.id(), term.code(), y)
                            .map(TargetRow::admissions).orElse(0)).sum();
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
            store.find(child.id(), termCode, year).ifPresent(t -> set.put(child.id(), t.admissions()));
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

    /** The target of the organization for the term or year, if set. */
    Optional<TargetRow> find(long organizationId, String termCode, int year) {
        return store.find(organizationId, termCode, year);
    }

    /** The targets of the organizations for the term or year, by organization. */
    Map<Long, TargetRow> ofOrganizations(List<Long> organizationIds, String termCode, int year) {
        return store.ofOrganizations(organizationIds, termCode, year);
    }

    /**
     * The target of each organization as today's structure sees it: its own, or when it has none,
     * the sum of the targets of the organizations it took over (merged into it).
     */
    @Override
    public Map<Long, Integer> of(List<Long> organizationIds, String termCode, Integer year) {
        Map<Long, Integer> own = new HashMap<>();
        Map<Long, Integer> inherited = new HashMap<>();
        for (TargetStore.LineageTarget t : store.ofLineage(organizationIds, termCode, TargetRow.yearOf(year))) {
            if (t.successorId() == t.organizationId()) {
                own.put(t.successorId(), t.admissions());
            } else {
                inherited.merge(t.successorId(), t.admissions(), Integer::sum);
            }
        }
        inherited.forEach(own::putIfAbsent);
        return own;
    }
}

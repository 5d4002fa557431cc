package vn.ptdv.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.OrganizationsRestructured;
import vn.ptdv.organization.RestructuringParticipant;
import vn.ptdv.organization.RestructuringType;
import vn.ptdv.organization.internal.RestructuringRequest.Allocation;
import vn.ptdv.organization.internal.RestructuringRequest.Target;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/**
 * Dated restructurings of the tree: rename, move, merge, split, dissolve. Each is checked whole,
 * then stored in one transaction with the restructuring's record; other modules move what they
 * attach to the ended organizations on {@link OrganizationsRestructured}, in the same transaction.
 * Restructurings are entered on or after their effective date, never ahead of it.
 */
@Service
class RestructuringService {
    private final OrganizationService organizations;
    private final OrganizationStore store;
    private final TreeQueries queries;
    private final TreeStructure structure;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final List<RestructuringParticipant> participants;
    private final RestructuringLog log;
    private final Clock clock;

    RestructuringService(OrganizationService organizations, OrganizationStore store, TreeQueries queries,
            TreeStructure structure, AccessScope scope, ApplicationEventPublisher events,
            List<RestructuringParticipant> participants, RestructuringLog log, Clock clock) {
        this.organizations = organizations;
        this.store = store;
        this.queries = queries;
        this.structure = structure;
        this.scope = scope;
        this.events = events;
        this.participants = participants;
        this.log = log;
        this.clock = clock;
    }

    /** What a restructuring will do, once checked: shown to the user before they confirm. */
    record Plan(RestructuringType type, LocalDate effectiveDate, String directive, OrganizationRow subject,
            String newName, OrganizationRow newParent, List<OrganizationRow> sources, List<PlannedTarget> targets,
            Map<Long, PlannedTarget> childTargets, Map<Long, String> memberTargets) {
    }

    /** A target of a merge or split: an existing organization or one the restructuring creates. */
    record PlannedTarget(String code, String name, OrganizationRow existing, OrganizationService.Validated created) {
        public boolean isNew() {
            return existing == null;
        }
    }

    /** One line of the preview: an organization and what is attached to it on the date. */
    record Impact(OrganizationRow organization, List<TreeNode> children, List<RestructuringParticipant.Impact> attached,
            String destination) {
    }

    @Transactional(readOnly = true)
    Plan plan(RestructuringRequest request) {
        return check(request);
    }

    /** Records of the source a split can allocate one by one (its members), for the allocation form. */
    @Transactional(readOnly = true)
    List<RestructuringParticipant.Allocatable> allocatable(OrganizationRow source, LocalDate date) {
        return participants.stream().flatMap(p -> p.allocatableOn(source.ref(), date).stream()).toList();
    }

    /** Everything that moves with the ended organizations, for the preview. */
    @Transactional(readOnly = true)
    List<Impact> impacts(Plan plan) {
        List<Impact> lines = new ArrayList<>();
        List<OrganizationRow> affected = switch (plan.type()) {
            case RENAME, MOVE, DISSOLVE -> List.of(plan.subject());
            case MERGE, SPLIT -> plan.sources();
        };
        for (OrganizationRow organization : affected) {
            List<TreeNode> children = queries.children(organization.id(), plan.effectiveDate());
            List<RestructuringParticipant.Impact> attached = participants.stream()
                    .flatMap(p -> p.impactOn(organization.ref(), plan.effectiveDate()).stream()).toList();
            String destination = switch (plan.type()) {
                case MERGE, SPLIT -> plan.targets().get(0).name();
                case MOVE -> plan.newParent().name();
                default -> null;
            };
            lines.add(new Impact(organization, children, attached, destination));
        }
        return lines;
    }

    @Transactional
    long apply(RestructuringRequest request) {
        Plan plan = check(request);
        structure.lock();
        LocalDate date = plan.effectiveDate();
        return switch (plan.type()) {
            case RENAME -> {
                structure.rename(plan.subject().id(), plan.newName(), date);
                long id = record(plan, "name=" + plan.subject().name() + " -> " + plan.newName(),
                        Map.of(plan.subject().id(), "SUBJECT"));
                store.touch(plan.subject().id(), plan.subject().version(), now(), scope.user().username());
                yield id;
            }
            case MOVE -> {
                Optional<TreeNode> from = queries.parent(plan.subject().id(), date);
                structure.move(plan.subject().id(), plan.newParent().id(), date);
                store.touch(plan.subject().id(), plan.subject().version(), now(), scope.user().username());
                Map<Long, String> roles = new LinkedHashMap<>();
                roles.put(plan.subject().id(), "SUBJECT");
                roles.put(plan.newParent().id(), "TARGET");
                yield record(plan, "parent=" + from.map(TreeNode::code).orElse("-") + " -> " + plan.newParent().code(),
                        roles);
            }
            case MERGE, SPLIT -> restructureInto(plan);
            case DISSOLVE -> {
                OrganizationRow organization = plan.subject();
                Optional<TreeNode> parent = queries.parent(organization.id(), date);
                structure.end(organization.id(), date);
                parent.ifPresent(p -> structure.passHistoryTo(organization.id(), p.id()));
                long id = record(plan, "", Map.of(organization.id(), "SOURCE"));
                events.publishEvent(new OrganizationsRestructured(id, plan.type(), date, List.of(organization.id()),
                        Map.of(), Map.of()));
                yield id;
            }
        };
    }

    private long restructureInto(Plan plan) {
        LocalDate date = plan.effectiveDate();
        Map<String, Long> targetIds = new LinkedHashMap<>();
        for (PlannedTarget target : plan.targets()) {
            long id = target.isNew() ? organizations.insert(target.created()).id() : target.existing().id();
            targetIds.put(target.code(), id);
        }
        long mainTarget = targetIds.values().iterator().next();
        Map<Long, Long> takenOverBy = new LinkedHashMap<>();
        for (OrganizationRow source : plan.sources()) {
            for (Long child : structure.childrenOn(source.id(), date)) {
                PlannedTarget childTarget = plan.childTargets().get(child);
                structure.move(child, childTarget == null ? mainTarget : targetIds.get(childTarget.code()), date);
            }
            structure.end(source.id(), date);
            structure.passHistoryTo(source.id(), mainTarget);
            takenOverBy.put(source.id(), mainTarget);
        }
        Map<Long, String> roles = new LinkedHashMap<>();
        plan.sources().forEach(s -> roles.put(s.id(), "SOURCE"));
        targetIds.values().forEach(t -> roles.put(t, "TARGET"));
        long id = record(plan, "", roles);
        Map<Long, Long> members = new LinkedHashMap<>();
        plan.memberTargets().forEach((member, code) -> members.put(member, targetIds.get(code)));
        events.publishEvent(new OrganizationsRestructured(id, plan.type(), date,
                plan.sources().stream().map(OrganizationRow::id).toList(), takenOverBy, members));
        return id;
    }

    private long record(Plan plan, String summary, Map<Long, String> roles) {
        return log.record(plan.type(), plan.effectiveDate(), plan.directive(), summary, roles);
    }

    // --- checks ---------------------------------------------------------------------------------

    private Plan check(RestructuringRequest request) {
        Problems problems = new Problems("restructuring");
        LocalDate today = scope.today();
        RestructuringType type = problems.oneOf("type", request.type(), RestructuringType.class, true);
        LocalDate date = problems.pastDate("effectiveDate", request.effectiveDate(), true, request.dateInput(), today);
        String directive = problems.maxLength("directive", SearchText.normalizeName(Problems.optional(request.directive())),
                255);
        if (type == null || date == null) {
            problems.throwIfAny();
        }
        Plan plan = switch (type) {
            case RENAME -> checkRename(request, date, directive, problems);
            case MOVE -> checkMove(request, date, directive, problems);
            case MERGE -> checkMerge(request, date, directive, problems);
            case SPLIT -> checkSplit(request, date, directive, problems);
            case DISSOLVE -> checkDissolve(request, date, directive, problems);
        };
        List<OrganizationRow> ending = type == RestructuringType.DISSOLVE && plan.subject() != null
                ? List.of(plan.subject()) : plan.sources();
        if (type == RestructuringType.MERGE || type == RestructuringType.SPLIT || type == RestructuringType.DISSOLVE) {
            for (RestructuringParticipant participant : participants) {
                participant.check(date, ending.stream().map(OrganizationRow::ref).toList(),
                        type != RestructuringType.DISSOLVE, plan.memberTargets().keySet(), problems);
            }
        }
        problems.throwIfAny();
        return plan;
    }

    private Plan checkRename(RestructuringRequest request, LocalDate date, String directive, Problems problems) {
        OrganizationRow organization = editable(problems, "organizationCode", request.organizationCode(), date, false);
        String name = SearchText.normalizeName(problems.required("newName", request.newName()));
        problems.maxLength("newName", name, OrganizationService.MAX_NAME);
        if (organization != null && name != null) {
            if (name.equals(organization.name())) {
                problems.refuse("newName", "restructuring.rename.same");
            }
            LocalDate since = structure.currentNameSince(organization.id());
            if (date.isBefore(since)) {
                problems.refuse("effectiveDate", "restructuring.rename.beforeLast", VietnameseDates.format(since));
            }
        }
        return new Plan(RestructuringType.RENAME, date, directive, organization, name, null, List.of(), List.of(),
                Map.of(), Map.of());
    }

    private Plan checkMove(RestructuringRequest request, LocalDate date, String directive, Problems problems) {
        OrganizationRow organization = editable(problems, "organizationCode", request.organizationCode(), date, false);
        OrganizationRow parent = target(problems, "newParentCode", request.newParentCode(), date);
        if (organization != null && parent != null) {
            Optional<TreeNode> current = queries.parent(organization.id(), date);
            if (current.isPresent() && current.get().id() == parent.id()) {
                problems.refuse("newParentCode", "restructuring.move.sameParent", parent.name());
            } else {
                organizations.checkMove(problems, "newParentCode", organization, parent, organization.type(), date);
            }
        }
        return new Plan(RestructuringType.MOVE, date, directive, organization, null, parent, List.of(), List.of(),
                Map.of(), Map.of());
    }

    private Plan checkMerge(RestructuringRequest request, LocalDate date, String directive, Problems problems) {
        List<OrganizationRow> sources = new ArrayList<>();
        List<String> codes = request.sourceCodes() == null ? List.of() : request.sourceCodes();
        if (codes.isEmpty()) {
            problems.malformed("sourceCodes", "validation.required");
        }
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < codes.size(); i++) {
            String field = "sourceCodes[" + i + "]";
            if (!seen.add(String.valueOf(codes.get(i)))) {
                problems.refuse(field, "restructuring.duplicate", codes.get(i));
                continue;
            }
            OrganizationRow source = editable(problems, field, codes.get(i), date, true);
            if (source != null) {
                sources.add(source);
            }
        }
        boolean hasCode = Problems.optional(request.targetCode()) != null;
        if (hasCode == (request.target() != null)) {
            problems.malformed("targetCode", "restructuring.merge.oneTarget");
        }
        PlannedTarget target = null;
        if (hasCode && request.target() == null) {
            target = existingTarget(problems, "targetCode", request.targetCode(), date);
        } else if (request.target() != null) {
            target = newTarget(problems, "target.", request.target(), null, date);
        }
        if (target != null && target.existing() != null) {
            for (OrganizationRow source : sources) {
                if (related(source, target.existing(), date)) {
                    problems.refuse("targetCode", "restructuring.related", source.name(), target.name());
                }
            }
        }
        if (target != null) {
            OrganizationType targetType = target.isNew() ? target.created().type() : target.existing().type();
            for (OrganizationRow source : sources) {
                checkChildrenFit(problems, "sourceCodes", source, targetType, target.name(), date);
            }
        }
        return new Plan(RestructuringType.MERGE, date, directive, null, null, null, sources,
                target == null ? List.of() : List.of(target), Map.of(), Map.of());
    }

    private Plan checkSplit(RestructuringRequest request, LocalDate date, String directive, Problems problems) {
        OrganizationRow source = editable(problems, "sourceCode", request.sourceCode(), date, true);
        List<Target> requested = request.targets() == null ? List.of() : request.targets();
        if (requested.size() < 2) {
            problems.malformed("targets", "restructuring.split.twoTargets");
        }
        OrganizationRow sourceParent = source == null ? null
                : queries.parent(source.id(), date).flatMap(p -> store.findById(p.id())).orElse(null);
        Map<String, PlannedTarget> targets = new LinkedHashMap<>();
        for (int i = 0; i < requested.size(); i++) {
            String field = "targets[" + i + "].";
            Target t = requested.get(i);
            if (t == null || Problems.optional(t.code()) == null) {
                problems.malformed(field + "code", "validation.required");
                continue;
            }
            PlannedTarget planned = t.isNew() ? newTarget(problems, field, t, sourceParent, date)
                    : existingTarget(problems, field + "code", t.code(), date);
            if (planned == null) {
                continue;
            }
            if (targets.containsKey(planned.code())) {
                problems.refuse(field + "code", "restructuring.duplicate", planned.code());
            } else if (source != null && planned.existing() != null && related(source, planned.existing(), date)) {
                problems.refuse(field + "code", "restructuring.related", source.name(), planned.name());
            } else {
                targets.put(planned.code(), planned);
            }
        }
        Map<Long, PlannedTarget> childTargets = new LinkedHashMap<>();
        Map<Long, String> memberTargets = new LinkedHashMap<>();
        List<Allocation> allocation = request.allocation() == null ? List.of() : request.allocation();
        List<Long> children = source == null ? List.of() : structure.childrenOn(source.id(), date);
        for (int i = 0; i < allocation.size(); i++) {
            String field = "allocation[" + i + "].";
            Allocation a = allocation.get(i);
            PlannedTarget target = a == null ? null : targets.get(Problems.optional(a.targetCode()));
            if (a == null || target == null) {
                problems.refuse(field + "targetCode", "restructuring.split.unknownTarget",
                        a == null ? "" : String.valueOf(a.targetCode()));
                continue;
            }
            if (a.memberId() != null) {
                memberTargets.put(a.memberId(), target.code());
                continue;
            }
            Optional<OrganizationRow> child = Optional.ofNullable(Problems.optional(a.organizationCode()))
                    .flatMap(store::findByCode).filter(c -> children.contains(c.id()));
            if (child.isEmpty()) {
                problems.refuse(field + "organizationCode", "restructuring.split.notAChild",
                        String.valueOf(a.organizationCode()), source == null ? "" : source.name());
            } else {
                childTargets.put(child.get().id(), target);
            }
        }
        if (source != null && !targets.isEmpty()) {
            PlannedTarget first = targets.values().iterator().next();
            for (Long child : children) {
                PlannedTarget target = childTargets.getOrDefault(child, first);
                OrganizationType type = target.isNew() ? target.created().type() : target.existing().type();
                OrganizationRow row = store.findById(child).orElseThrow();
                if (!type.allowsChild(row.type())) {
                    problems.refuse("allocation", "restructuring.childDoesNotFit", row.name(),
                            Problems.term(row.type().messageKey()), target.name());
                }
            }
        }
        return new Plan(RestructuringType.SPLIT, date, directive, null, null, null,
                source == null ? List.of() : List.of(source), List.copyOf(targets.values()), childTargets,
                memberTargets);
    }

    private Plan checkDissolve(RestructuringRequest request, LocalDate date, String directive, Problems problems) {
        OrganizationRow organization = editable(problems, "organizationCode", request.organizationCode(), date, true);
        if (organization != null) {
            if (queries.parent(organization.id(), date).isEmpty()) {
                problems.refuse("organizationCode", "restructuring.dissolve.root");
            }
            int children = structure.childrenOn(organization.id(), date).size();
            if (children > 0) {
                problems.refuse("organizationCode", "restructuring.dissolve.hasChildren", organization.name(), children);
            }
        }
        return new Plan(RestructuringType.DISSOLVE, date, directive, organization, null, null, List.of(), List.of(),
                Map.of(), Map.of());
    }

    /**
     * An organization the user may restructure, existing on the date; one that ends on the date
     * must have nothing recorded about its place or its children after it.
     */
    private OrganizationRow editable(Problems problems, String field, String code, LocalDate date, boolean ending) {
        String text = problems.required(field, code);
        if (text == null) {
            return null;
        }
        OrganizationRow organization = store.findByCode(text).filter(o -> scope.canSee(o.id()))
                .orElse(null);
        if (organization == null) {
            problems.refuse(field, "org.parent.unknown", text);
            return null;
        }
        scope.requireMayEdit(organization.ref());
        if (!exists(organization, date)) {
            problems.refuse(field, "org.move.notExisting", organization.name(), VietnameseDates.format(date));
            return null;
        }
        if (ending && structure.changedAfter(organization.id(), date)) {
            problems.refuse(field, "restructuring.changedAfter", organization.name(), VietnameseDates.format(date));
        }
        return organization;
    }

    /** An existing organization that receives what others bring, existing on the date and still today. */
    private OrganizationRow target(Problems problems, String field, String code, LocalDate date) {
        String text = problems.required(field, code);
        if (text == null) {
            return null;
        }
        OrganizationRow organization = store.findByCode(text).filter(o -> scope.canSee(o.id())).orElse(null);
        if (organization == null) {
            problems.refuse(field, "org.parent.unknown", text);
            return null;
        }
        scope.requireMayAddUnder(organization.ref());
        if (!exists(organization, date) || organization.ended()) {
            problems.refuse(field, "org.parent.notExisting", organization.name(), VietnameseDates.format(date));
            return null;
        }
        return organization;
    }

    private PlannedTarget existingTarget(Problems problems, String field, String code, LocalDate date) {
        OrganizationRow organization = target(problems, field, code, date);
        return organization == null ? null : new PlannedTarget(organization.code(), organization.name(), organization,
                null);
    }

    private PlannedTarget newTarget(Problems problems, String prefix, Target target, OrganizationRow defaultParent,
            LocalDate date) {
        String parentCode = Problems.optional(target.parentCode()) != null ? target.parentCode()
                : defaultParent == null ? null : defaultParent.code();
        Problems nested = new Problems("org");
        OrganizationService.Validated created = organizations.validateNew(new NewOrganization(target.code(),
                target.name(), target.type(), target.cellKind(), parentCode, date.toString(), DateInput.API), nested);
        problems.absorb(nested, prefix);
        return created == null ? null : new PlannedTarget(created.code(), created.name(), null, created);
    }

    private void checkChildrenFit(Problems problems, String field, OrganizationRow source, OrganizationType targetType,
            String targetName, LocalDate date) {
        for (TreeNode child : queries.children(source.id(), date)) {
            if (!targetType.allowsChild(child.type())) {
                problems.refuse(field, "restructuring.childDoesNotFit", child.name(),
                        Problems.term(child.type().messageKey()), targetName);
                return;
            }
        }
    }

    private boolean exists(OrganizationRow organization, LocalDate date) {
        return store.existence(organization.id()).stream().anyMatch(p -> p.contains(date));
    }

    /** One lies in the other's subtree on the date (or they are the same). */
    private boolean related(OrganizationRow a, OrganizationRow b, LocalDate date) {
        DatePeriod day = new DatePeriod(date, date.plusDays(1));
        return a.id() == b.id() || store.isAncestorDuring(a.id(), b.id(), day) || store.isAncestorDuring(b.id(), a.id(), day);
    }

    OrganizationRow requireVisible(String code) {
        return store.findByCode(code).filter(o -> scope.canSee(o.id()))
                .orElseThrow(() -> new NotFoundException("org.notFound", code));
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}

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
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.internal.Restructuring.Allocation;
import vn.ptdv.organization.internal.Restructuring.Dissolve;
import vn.ptdv.organization.internal.Restructuring.Merge;
import vn.ptdv.organization.internal.Restructuring.Move;
import vn.ptdv.organization.internal.Restructuring.NewTarget;
import vn.ptdv.organization.internal.Restructuring.Rename;
import vn.ptdv.organization.internal.Restructuring.Split;
import vn.ptdv.organization.internal.Restructuring.Target;
import vn.ptdv.shared.Problems;

/**
 * Dated restructurings of the tree: rename, move, merge, split, dissolve. Each is checked whole,
 * then stored in one transaction with the restructuring's record; other modules move what they
 * attach to the ended organizations on {@link OrganizationsRestructured}, in the same transaction.
 * Restructurings are entered on or after their effective date, never ahead of it.
 */
@Service
class RestructuringService {
    private final TreeReader reader;
    private final OrganizationStore store;
    private final TreeRules rules;
    private final AccessScope scope;
    private final ApplicationEventPublisher events;
    private final List<RestructuringParticipant> participants;
    private final RestructuringLog log;
    private final Clock clock;

    RestructuringService(TreeReader reader, OrganizationStore store, TreeRules rules, AccessScope scope,
            ApplicationEventPublisher events, List<RestructuringParticipant> participants, RestructuringLog log,
            Clock clock) {
        this.reader = reader;
        this.store = store;
        this.rules = rules;
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
    record PlannedTarget(String code, String name, OrganizationRow existing, TreeRules.Checked created) {
        public boolean isNew() {
            return existing == null;
        }

        OrganizationType type() {
            return isNew() ? created.type() : existing.type();
        }
    }

    /** One line of the preview: an organization and what is attached to it on the date. */
    record Impact(OrganizationRow organization, List<TreeNode> children, List<RestructuringParticipant.Impact> attached,
            String destination) {
    }

    @Transactional(readOnly = true)
    Plan plan(Restructuring restructuring) {
        return check(restructuring);
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
            List<TreeNode> children = reader.childNodes(organization.id(), plan.effectiveDate());
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
    long apply(Restructuring restructuring) {
        Plan plan = check(restructuring);
        store.lockTree();
        LocalDate date = plan.effectiveDate();
        return switch (plan.type()) {
            case RENAME -> {
                store.rename(plan.subject().id(), plan.newName(), date);
                long id = record(plan, "name=" + plan.subject().name() + " -> " + plan.newName(),
                        Map.of(plan.subject().id(), "SUBJECT"));
                store.touch(plan.subject().id(), plan.subject().version(), now(), scope.user().username());
                yield id;
            }
            case MOVE -> {
                Optional<TreeNode> from = reader.parent(plan.subject().id(), date);
                store.move(plan.subject().id(), plan.newParent().id(), date);
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
                Optional<TreeNode> parent = reader.parent(organization.id(), date);
                store.end(organization.id(), date);
                parent.ifPresent(p -> store.passHistoryTo(organization.id(), p.id()));
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
            long id = target.isNew() ? rules.add(target.created()).id() : target.existing().id();
            targetIds.put(target.code(), id);
        }
        long mainTarget = targetIds.values().iterator().next();
        Map<Long, Long> takenOverBy = new LinkedHashMap<>();
        for (OrganizationRow source : plan.sources()) {
            for (OrganizationRow child : reader.childrenOn(source.id(), date)) {
                PlannedTarget childTarget = plan.childTargets().get(child.id());
                store.move(child.id(), childTarget == null ? mainTarget : targetIds.get(childTarget.code()), date);
            }
            store.end(source.id(), date);
            store.passHistoryTo(source.id(), mainTarget);
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

    private Plan check(Restructuring restructuring) {
        Problems problems = new Problems("restructuring");
        LocalDate date = restructuring.effectiveDate();
        if (date.isAfter(scope.today())) {
            problems.refuse("effectiveDate", "validation.future", VietnameseDates.format(date));
        }
        Plan plan;
        if (restructuring instanceof Rename rename) {
            plan = checkRename(rename, problems);
        } else if (restructuring instanceof Move move) {
            plan = checkMove(move, problems);
        } else if (restructuring instanceof Merge merge) {
            plan = checkMerge(merge, problems);
        } else if (restructuring instanceof Split split) {
            plan = checkSplit(split, problems);
        } else {
            plan = checkDissolve((Dissolve) restructuring, problems);
        }
        RestructuringType type = restructuring.type();
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

    private Plan checkRename(Rename rename, Problems problems) {
        LocalDate date = rename.effectiveDate();
        OrganizationRow organization = editable(problems, "organizationCode", rename.organizationCode(), date, false);
        String name = rename.newName();
        if (organization != null) {
            if (name.equals(organization.name())) {
                problems.refuse("newName", "restructuring.rename.same");
            }
            LocalDate since = reader.currentNameSince(organization.id());
            if (date.isBefore(since)) {
                problems.refuse("effectiveDate", "restructuring.rename.beforeLast", VietnameseDates.format(since));
            }
        }
        return new Plan(RestructuringType.RENAME, date, rename.directive(), organization, name, null, List.of(),
                List.of(), Map.of(), Map.of());
    }

    private Plan checkMove(Move move, Problems problems) {
        LocalDate date = move.effectiveDate();
        OrganizationRow organization = editable(problems, "organizationCode", move.organizationCode(), date, false);
        OrganizationRow parent = target(problems, "newParentCode", move.newParentCode(), date);
        if (organization != null && parent != null) {
            Optional<TreeNode> current = reader.parent(organization.id(), date);
            if (current.isPresent() && current.get().id() == parent.id()) {
                problems.refuse("newParentCode", "restructuring.move.sameParent", parent.name());
            } else {
                rules.checkMove(problems, "newParentCode", organization, parent, organization.type(), date);
            }
        }
        return new Plan(RestructuringType.MOVE, date, move.directive(), organization, null, parent, List.of(),
                List.of(), Map.of(), Map.of());
    }

    private Plan checkMerge(Merge merge, Problems problems) {
        LocalDate date = merge.effectiveDate();
        List<OrganizationRow> sources = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int i = 0; i < merge.sourceCodes().size(); i++) {
            String field = "sourceCodes[" + i + "]";
            String code = merge.sourceCodes().get(i);
            if (!seen.add(code)) {
                problems.refuse(field, "restructuring.duplicate", code);
                continue;
            }
            OrganizationRow source = editable(problems, field, code, date, true);
            if (source != null) {
                sources.add(source);
            }
        }
        PlannedTarget target = planned(problems, "targetCode", "target.", merge.target(), null, date);
        if (target != null && target.existing() != null) {
            for (OrganizationRow source : sources) {
                if (related(source, target.existing(), date)) {
                    problems.refuse("targetCode", "restructuring.related", source.name(), target.name());
                }
            }
        }
        if (target != null) {
            for (OrganizationRow source : sources) {
                checkChildrenFit(problems, "sourceCodes", source, target.type(), target.name(), date);
            }
        }
        return new Plan(RestructuringType.MERGE, date, merge.directive(), null, null, null, sources,
                target == null ? List.of() : List.of(target), Map.of(), Map.of());
    }

    private Plan checkSplit(Split split, Problems problems) {
        LocalDate date = split.effectiveDate();
        OrganizationRow source = editable(problems, "sourceCode", split.sourceCode(), date, true);
        OrganizationRow sourceParent = source == null ? null
                : reader.parent(source.id(), date).flatMap(p -> reader.byId(p.id())).orElse(null);
        Map<String, PlannedTarget> targets = new LinkedHashMap<>();
        for (int i = 0; i < split.targets().size(); i++) {
            String field = "targets[" + i + "].";
            PlannedTarget planned = planned(problems, field + "code", field, split.targets().get(i), sourceParent, date);
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
        List<OrganizationRow> children = source == null ? List.of() : reader.childrenOn(source.id(), date);
        for (int i = 0; i < split.allocation().size(); i++) {
            String field = "allocation[" + i + "].";
            Allocation allocation = split.allocation().get(i);
            PlannedTarget target = targets.get(allocation.targetCode());
            if (target == null) {
                problems.refuse(field + "targetCode", "restructuring.split.unknownTarget", allocation.targetCode());
                continue;
            }
            if (allocation.memberId() != null) {
                memberTargets.put(allocation.memberId(), target.code());
                continue;
            }
            Optional<OrganizationRow> child = children.stream()
                    .filter(c -> c.code().equals(allocation.organizationCode())).findFirst();
            if (child.isEmpty()) {
                problems.refuse(field + "organizationCode", "restructuring.split.notAChild",
                        allocation.organizationCode(), source == null ? "" : source.name());
            } else {
                childTargets.put(child.get().id(), target);
            }
        }
        if (source != null && !targets.isEmpty()) {
            PlannedTarget first = targets.values().iterator().next();
            for (OrganizationRow child : children) {
                PlannedTarget target = childTargets.getOrDefault(child.id(), first);
                if (!target.type().allowsChild(child.type())) {
                    problems.refuse("allocation", "restructuring.childDoesNotFit", child.name(),
                            Problems.term(child.type().messageKey()), target.name());
                }
            }
        }
        return new Plan(RestructuringType.SPLIT, date, split.directive(), null, null, null,
                source == null ? List.of() : List.of(source), List.copyOf(targets.values()), childTargets,
                memberTargets);
    }

    private Plan checkDissolve(Dissolve dissolve, Problems problems) {
        LocalDate date = dissolve.effectiveDate();
        OrganizationRow organization = editable(problems, "organizationCode", dissolve.organizationCode(), date, true);
        if (organization != null) {
            if (reader.parent(organization.id(), date).isEmpty()) {
                problems.refuse("organizationCode", "restructuring.dissolve.root");
            }
            int children = reader.childrenOn(organization.id(), date).size();
            if (children > 0) {
                problems.refuse("organizationCode", "restructuring.dissolve.hasChildren", organization.name(), children);
            }
        }
        return new Plan(RestructuringType.DISSOLVE, date, dissolve.directive(), organization, null, null, List.of(),
                List.of(), Map.of(), Map.of());
    }

    /**
     * An organization the user may restructure, existing on the date; one that ends on the date
     * must have nothing recorded about its place or its children after it.
     */
    private OrganizationRow editable(Problems problems, String field, String code, LocalDate date, boolean ending) {
        OrganizationRow organization = rules.forChange(problems, field, code).orElse(null);
        if (organization == null) {
            return null;
        }
        scope.requireMayEdit(organization.ref());
        if (!exists(organization, date)) {
            problems.refuse(field, "org.move.notExisting", organization.name(), VietnameseDates.format(date));
            return null;
        }
        if (ending && reader.changedAfter(organization.id(), date)) {
            problems.refuse(field, "restructuring.changedAfter", organization.name(), VietnameseDates.format(date));
        }
        return organization;
    }

    /** An existing organization that receives what others bring, existing on the date and still today. */
    private OrganizationRow target(Problems problems, String field, String code, LocalDate date) {
        OrganizationRow organization = rules.forChange(problems, field, code).orElse(null);
        if (organization == null) {
            return null;
        }
        scope.requireMayAddUnder(organization.ref());
        if (!exists(organization, date) || organization.ended()) {
            problems.refuse(field, "org.parent.notExisting", organization.name(), VietnameseDates.format(date));
            return null;
        }
        return organization;
    }

    /**
     * A target as planned, or null with its problems: an existing one's under {@code field}, a
     * new one's under {@code prefix}.
     */
    private PlannedTarget planned(Problems problems, String field, String prefix, Target target,
            OrganizationRow defaultParent, LocalDate date) {
        if (target instanceof NewTarget created) {
            return newTarget(problems, prefix, created, defaultParent, date);
        }
        OrganizationRow organization = target(problems, field, target.code(), date);
        return organization == null ? null : new PlannedTarget(organization.code(), organization.name(), organization,
                null);
    }

    /** A new organization the restructuring establishes on its date (under the source's parent if none is named). */
    private PlannedTarget newTarget(Problems problems, String prefix, NewTarget target, OrganizationRow defaultParent,
            LocalDate date) {
        String parentCode = target.parentCode() != null ? target.parentCode()
                : defaultParent == null ? null : defaultParent.code();
        Problems nested = new Problems("org");
        TreeRules.Checked created = rules.checkNew(new NewOrganization(target.code(), target.name(), target.type(),
                target.cellKind(), parentCode, date), nested);
        problems.absorb(nested, prefix);
        return created == null ? null : new PlannedTarget(created.code(), created.name(), null, created);
    }

    private void checkChildrenFit(Problems problems, String field, OrganizationRow source, OrganizationType targetType,
            String targetName, LocalDate date) {
        reader.childrenOn(source.id(), date).stream().filter(child -> !targetType.allowsChild(child.type()))
                .findFirst().ifPresent(child -> problems.refuse(field, "restructuring.childDoesNotFit", child.name(),
                        Problems.term(child.type().messageKey()), targetName));
    }

    private boolean exists(OrganizationRow organization, LocalDate date) {
        return reader.existence(organization.id()).stream().anyMatch(p -> p.contains(date));
    }

    /** One lies in the other's subtree on the date (or they are the same). */
    private boolean related(OrganizationRow a, OrganizationRow b, LocalDate date) {
        DatePeriod day = new DatePeriod(date, date.plusDays(1));
        return a.id() == b.id() || reader.isAncestorDuring(a.id(), b.id(), day)
                || reader.isAncestorDuring(b.id(), a.id(), day);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}

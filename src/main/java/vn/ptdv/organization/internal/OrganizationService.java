package vn.ptdv.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/** Use cases that change the tree: add an organization, edit it, move it under another parent. */
@Service
class OrganizationService {
    /** Placements of organizations whose founding date is unknown start here. */
    static final LocalDate RECORDS_BEGIN = LocalDate.of(1930, 2, 3);
    static final Pattern CODE = Pattern.compile("[A-Z0-9._-]{2,40}");
    static final int MAX_NAME = 255;

    private final OrganizationStore store;
    private final TreeQueries queries;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationService(OrganizationStore store, TreeQueries queries, AccessScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    OrganizationRow create(NewOrganization request) {
        LocalDate today = scope.today();
        Problems problems = new Problems("org");
        String code = validCode(problems, request.code());
        String name = validName(problems, request.name(), true);
        OrganizationType type = problems.oneOf("type", request.type(), OrganizationType.class, true);
        CellKind cellKind = problems.oneOf("cellKind", request.cellKind(), CellKind.class, false);
        LocalDate establishedOn = problems.pastDate("establishedOn", request.establishedOn(), false,
                request.dateInput(), today);
        String parentCode = Problems.optional(request.parentCode());
        Optional<OrganizationRow> parent = Optional.empty();
        if (parentCode == null) {
            if (type != null && !type.mayBeRoot()) {
                problems.refuse("parentCode", "org.parent.required", Problems.term(type.messageKey()));
            } else if (!scope.user().isAdmin()) {
                problems.refuse("parentCode", "org.parent.rootAdminOnly");
            }
        } else {
            parent = visible(parentCode);
            if (parent.isEmpty()) {
                problems.refuse("parentCode", "org.parent.unknown", parentCode);
            }
        }
        if (parent.isPresent()) {
            scope.requireMayAddUnder(parent.get().ref());
        }
        if (type != null) {
            checkCellKind(problems, type, cellKind);
            parent.ifPresent(p -> checkChildType(problems, "type", p, type));
        }
        LocalDate start = establishedOn;
        if (parent.isPresent() && !problems.has("establishedOn")) {
            List<DatePeriod> parentExistence = store.existence(parent.get().id());
            LocalDate parentStart = parentExistence.isEmpty() ? RECORDS_BEGIN : parentExistence.get(0).from();
            if (start == null) {
                start = parentStart;
            }
            LocalDate day = start;
            if (parentExistence.stream().noneMatch(p -> p.contains(day))) {
                problems.refuse(establishedOn == null ? "parentCode" : "establishedOn", "org.parent.notExisting",
                        parent.get().name(), VietnameseDates.format(day));
            }
        }
        if (start == null) {
            start = RECORDS_BEGIN;
        }
        problems.throwIfAny();

        store.lockTree();
        if (store.findByCode(code).isPresent()) {
            problems.refuse("code", "org.code.taken", code);
            problems.throwIfAny();
        }
        OffsetDateTime now = now();
        String username = scope.user().username();
        long id = store.insert(code, name, type, type.isCell() ? cellKind : null, establishedOn, now, username);
        store.insertPlacement(new Placement(id, parent.map(OrganizationRow::id).orElse(null),
                DatePeriod.startingOn(start)));
        rebuildClosure(id);
        audit.record("ORGANIZATION_CREATED", "organization", code, id,
                "name=" + name + "; type=" + type + "; parent=" + (parentCode == null ? "-" : parentCode));
        return store.findById(id).orElseThrow();
    }

    @Transactional
    OrganizationRow change(String code, OrganizationChange request) {
        OrganizationRow current = visible(code).orElseThrow(() -> new NotFoundException("org.notFound", code));
        scope.requireMayEdit(current.ref());
        LocalDate today = scope.today();
        Problems problems = new Problems("org");
        String name = request.name() == null ? current.name() : validName(problems, request.name(), true);
        OrganizationType type = request.type() == null ? current.type()
                : problems.oneOf("type", request.type(), OrganizationType.class, true);
        CellKind cellKind = request.cellKind() == null ? current.cellKind()
                : problems.oneOf("cellKind", request.cellKind(), CellKind.class, false);
        if (request.version() != null && request.version() != current.version()) {
            throw new ConflictException("error.conflict.organization", current.name());
        }
        Optional<TreeNode> currentParent = queries.parent(current.id(), today);
        if (type != null && type != current.type()) {
            checkTypeChange(problems, current, type, currentParent, today);
        }
        if (type != null && request.cellKind() != null) {
            checkCellKind(problems, type, cellKind);
        }

        String parentCode = Problems.optional(request.parentCode());
        boolean moving = parentCode != null
                && !(currentParent.isPresent() && currentParent.get().code().equals(parentCode));
        Optional<OrganizationRow> newParent = Optional.empty();
        LocalDate effective = null;
        if (moving) {
            newParent = visible(parentCode);
            if (newParent.isEmpty()) {
                problems.refuse("parentCode", "org.parent.unknown", parentCode);
            } else {
                scope.requireMayAddUnder(newParent.get().ref());
            }
            effective = problems.pastDate("effectiveDate", request.effectiveDate(), false, request.dateInput(), today);
            if (effective == null && !problems.has("effectiveDate")) {
                effective = today;
            }
            if (newParent.isPresent() && effective != null && type != null) {
                checkMove(problems, current, newParent.get(), type, effective);
            }
        } else if (request.effectiveDate() != null && Problems.optional(request.effectiveDate()) != null
                && parentCode == null) {
            problems.refuse("effectiveDate", "org.move.dateWithoutParent");
        }
        problems.throwIfAny();

        boolean detailsChanged = !name.equals(current.name()) || type != current.type()
                || !Objects.equals(type.isCell() ? cellKind : null, current.cellKind());
        if (!detailsChanged && !moving) {
            return current;
        }
        OffsetDateTime now = now();
        String username = scope.user().username();
        if (moving) {
            store.lockTree();
        }
        boolean stored = store.updateDetails(current.id(), current.version(), name, type,
                type.isCell() ? cellKind : null, now, username);
        if (!stored) {
            throw new ConflictException("error.conflict.organization", current.name());
        }
        if (detailsChanged) {
            audit.record("ORGANIZATION_UPDATED", "organization", code, current.id(),
                    describeChange(current, name, type, type.isCell() ? cellKind : null));
        }
        if (moving) {
            movePlacement(current.id(), newParent.get().id(), effective);
            rebuildClosure(current.id());
            audit.record("ORGANIZATION_MOVED", "organization", code, current.id(),
                    "parent=" + currentParent.map(TreeNode::code).orElse("-") + " -> " + parentCode
                            + "; effectiveDate=" + VietnameseDates.format(effective));
        }
        return store.findById(current.id()).orElseThrow();
    }

    /** The organization with this code if the user may see it. */
    private Optional<OrganizationRow> visible(String code) {
        return store.findByCode(code).filter(row -> scope.canSee(row.id()));
    }

    private static String validCode(Problems problems, String value) {
        String code = problems.required("code", value);
        if (code != null && !CODE.matcher(code).matches()) {
            problems.malformed("code", "org.code.pattern", code);
        }
        return code;
    }

    private static String validName(Problems problems, String value, boolean required) {
        String name = SearchText.normalizeName(required ? problems.required("name", value) : Problems.optional(value));
        return problems.maxLength("name", name, MAX_NAME);
    }

    private static void checkCellKind(Problems problems, OrganizationType type, CellKind cellKind) {
        if (cellKind != null && !type.isCell()) {
            problems.refuse("cellKind", "org.cellKind.notCell", Problems.term(type.messageKey()));
        }
    }

    private static void checkChildType(Problems problems, String field, OrganizationRow parent, OrganizationType type) {
        if (!parent.type().allowsChild(type)) {
            problems.refuse(field, "org.parent.typeNotAllowed", Problems.term(parent.type().messageKey()),
                    Problems.term(type.messageKey()));
        }
    }

    private void checkTypeChange(Problems problems, OrganizationRow current, OrganizationType type,
            Optional<TreeNode> parent, LocalDate today) {
        if (parent.isEmpty() && !type.mayBeRoot()) {
            problems.refuse("type", "org.type.mustStayRoot", Problems.term(type.messageKey()));
        }
        parent.ifPresent(p -> {
            if (!p.type().allowsChild(type)) {
                problems.refuse("type", "org.parent.typeNotAllowed", Problems.term(p.type().messageKey()),
                        Problems.term(type.messageKey()));
            }
        });
        List<TreeNode> children = queries.children(current.id(), today);
        children.stream().filter(child -> !type.allowsChild(child.type())).findFirst().ifPresent(child ->
                problems.refuse("type", "org.type.childNotAllowed", Problems.term(type.messageKey()), child.name(),
                        Problems.term(child.type().messageKey())));
    }

    private void checkMove(Problems problems, OrganizationRow organization, OrganizationRow parent,
            OrganizationType type, LocalDate effective) {
        if (parent.id() == organization.id()) {
            problems.refuse("parentCode", "org.move.self");
            return;
        }
        checkChildType(problems, "parentCode", parent, type);
        Optional<Placement> placement = store.placementsOf(organization.id()).stream()
                .filter(p -> p.period().contains(effective)).findFirst();
        if (placement.isEmpty()) {
            problems.refuse("effectiveDate", "org.move.notExisting", organization.name(),
                    VietnameseDates.format(effective));
            return;
        }
        DatePeriod moved = new DatePeriod(effective, placement.get().period().to());
        if (store.isAncestorDuring(organization.id(), parent.id(), moved)) {
            problems.refuse("parentCode", "org.move.intoOwnSubtree", parent.name(), organization.name());
            return;
        }
        boolean parentExists = store.existence(parent.id()).stream()
                .anyMatch(p -> !p.from().isAfter(moved.from()) && !p.to().isBefore(moved.to()));
        if (!parentExists) {
            problems.refuse("parentCode", "org.parent.notExisting", parent.name(), VietnameseDates.format(effective));
        }
    }

    /** From the effective date until the next recorded change, the organization sits under the new parent. */
    private void movePlacement(long organizationId, long parentId, LocalDate effective) {
        List<Placement> updated = new ArrayList<>();
        for (Placement p : store.placementsOf(organizationId)) {
            if (!p.period().contains(effective)) {
                updated.add(p);
                continue;
            }
            if (p.period().from().isBefore(effective)) {
                updated.add(new Placement(organizationId, p.parentId(), new DatePeriod(p.period().from(), effective)));
            }
            updated.add(new Placement(organizationId, parentId, new DatePeriod(effective, p.period().to())));
        }
        store.deletePlacements(organizationId);
        joinAdjacent(updated).forEach(store::insertPlacement);
    }

    static List<Placement> joinAdjacent(List<Placement> placements) {
        List<Placement> joined = new ArrayList<>();
        for (Placement p : placements) {
            Placement last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            if (last != null && Objects.equals(last.parentId(), p.parentId())
                    && last.period().to().equals(p.period().from())) {
                joined.set(joined.size() - 1, new Placement(p.organizationId(), p.parentId(),
                        new DatePeriod(last.period().from(), p.period().to())));
            } else {
                joined.add(p);
            }
        }
        return joined;
    }

    /** Recomputes the closure of the organization and of everything that was ever under it. */
    private void rebuildClosure(long organizationId) {
        Set<Long> affected = store.subtreeEver(organizationId);
        Map<Long, List<Placement>> placements = store.placementsOfSubtreeEver(organizationId);
        ClosureCalculator calculator = new ClosureCalculator(affected,
                id -> placements.getOrDefault(id, List.of()), store::closureRowsOf);
        store.replaceClosure(affected, calculator.computeAll());
    }

    private static String describeChange(OrganizationRow before, String name, OrganizationType type, CellKind kind) {
        List<String> parts = new ArrayList<>();
        if (!before.name().equals(name)) {
            parts.add("name=" + before.name() + " -> " + name);
        }
        if (before.type() != type) {
            parts.add("type=" + before.type() + " -> " + type);
        }
        if (!Objects.equals(before.cellKind(), kind)) {
            parts.add("cellKind=" + before.cellKind() + " -> " + kind);
        }
        return String.join("; ", parts);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}

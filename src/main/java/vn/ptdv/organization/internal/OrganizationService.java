package vn.ptdv.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.RestructuringType;
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
    private final TreeStructure structure;
    private final RestructuringLog restructurings;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationService(OrganizationStore store, TreeQueries queries, TreeStructure structure,
            RestructuringLog restructurings, AccessScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.queries = queries;
        this.structure = structure;
        this.restructurings = restructurings;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** An organization to add, checked and ready to store. */
    record Validated(String code, String name, OrganizationType type, CellKind cellKind, OrganizationRow parent,
            LocalDate establishedOn, LocalDate start) {
    }

    @Transactional
    OrganizationRow create(NewOrganization request) {
        Problems problems = new Problems("org");
        Validated organization = validateNew(request, problems);
        problems.throwIfAny();
        return insert(organization);
    }

    /** Checks a new organization, adding what is wrong to the problems; null when something is. */
    Validated validateNew(NewOrganization request, Problems problems) {
        LocalDate today = scope.today();
        int before = problems.list().size();
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
            if (parent.get().ended()) {
                problems.refuse("parentCode", "org.parent.ended", parent.get().name(),
                        VietnameseDates.format(parent.get().endedOn()));
            }
        }
        if (type != null) {
            checkCellKind(problems, type, cellKind);
            parent.ifPresent(p -> checkChildType(problems, "type", p, type));
        }
        if (code != null && !problems.has("code") && store.findByCode(code).isPresent()) {
            problems.refuse("code", "org.code.taken", code);
        }
        LocalDate start = establishedOn;
        if (parent.isPresent() && !problems.has("establishedOn") && !parent.get().ended()) {
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
        if (problems.list().size() > before) {
            return null;
        }
        return new Validated(code, name, type, type.isCell() ? cellKind : null, parent.orElse(null), establishedOn,
                start == null ? RECORDS_BEGIN : start);
    }

    /** Stores a checked organization (under the tree lock, which also settles a race for its code). */
    OrganizationRow insert(Validated organization) {
        structure.lock();
        if (store.findByCode(organization.code()).isPresent()) {
            new Problems("org").refuse("code", "org.code.taken", organization.code()).throwIfAny();
        }
        Long parentId = organization.parent() == null ? null : organization.parent().id();
        long id = store.insert(organization.code(), organization.name(), organization.type(), organization.cellKind(),
                organization.establishedOn(), now(), scope.user().username());
        structure.establish(id, parentId, organization.start(), organization.name());
        audit.record("ORGANIZATION_CREATED", "organization", organization.code(), id,
                "name=" + organization.name() + "; type=" + organization.type() + "; parent="
                        + (organization.parent() == null ? "-" : organization.parent().code()));
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
        boolean delegated = request.delegatedAdmission() == null ? current.delegatedAdmission()
                : request.delegatedAdmission();
        if (delegated && type != null && !type.isGrassroots()) {
            if (request.delegatedAdmission() != null) {
                problems.refuse("delegatedAdmission", "org.delegated.notGrassroots", Problems.term(type.messageKey()));
            } else {
                delegated = false;
            }
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
                checkMove(problems, "parentCode", current, newParent.get(), type, effective);
            }
        } else if (request.effectiveDate() != null && Problems.optional(request.effectiveDate()) != null
                && parentCode == null) {
            problems.refuse("effectiveDate", "org.move.dateWithoutParent");
        }
        problems.throwIfAny();

        boolean detailsChanged = !name.equals(current.name()) || type != current.type()
                || !Objects.equals(type.isCell() ? cellKind : null, current.cellKind())
                || delegated != current.delegatedAdmission();
        if (!detailsChanged && !moving) {
            return current;
        }
        OffsetDateTime now = now();
        String username = scope.user().username();
        if (moving) {
            structure.lock();
        }
        boolean stored = store.updateDetails(current.id(), current.version(), name, type,
                type.isCell() ? cellKind : null, delegated, now, username);
        if (!stored) {
            throw new ConflictException("error.conflict.organization", current.name());
        }
        if (!name.equals(current.name())) {
            structure.correctCurrentName(current.id(), name);
        }
        if (detailsChanged) {
            audit.record("ORGANIZATION_UPDATED", "organization", code, current.id(),
                    describeChange(current, name, type, type.isCell() ? cellKind : null, delegated));
        }
        if (moving) {
            structure.move(current.id(), newParent.get().id(), effective);
            Map<Long, String> roles = new LinkedHashMap<>();
            roles.put(current.id(), "SUBJECT");
            roles.put(newParent.get().id(), "TARGET");
            restructurings.record(RestructuringType.MOVE, effective, null,
                    "parent=" + currentParent.map(TreeNode::code).orElse("-") + " -> " + parentCode, roles);
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

    /** Whether the organization may sit under the parent from the date (the parent reported as {@code field}). */
    void checkMove(Problems problems, String field, OrganizationRow organization, OrganizationRow parent,
            OrganizationType type, LocalDate effective) {
        if (parent.id() == organization.id()) {
            problems.refuse(field, "org.move.self");
            return;
        }
        checkChildType(problems, field, parent, type);
        Optional<Placement> placement = store.placementsOf(organization.id()).stream()
                .filter(p -> p.period().contains(effective)).findFirst();
        if (placement.isEmpty()) {
            problems.refuse("effectiveDate", "org.move.notExisting", organization.name(),
                    VietnameseDates.format(effective));
            return;
        }
        DatePeriod moved = new DatePeriod(effective, placement.get().period().to());
        if (store.isAncestorDuring(organization.id(), parent.id(), moved)) {
            problems.refuse(field, "org.move.intoOwnSubtree", parent.name(), organization.name());
            return;
        }
        boolean parentExists = store.existence(parent.id()).stream()
                .anyMatch(p -> !p.from().isAfter(moved.from()) && !p.to().isBefore(moved.to()));
        if (!parentExists) {
            problems.refuse(field, "org.parent.notExisting", parent.name(), VietnameseDates.format(effective));
        }
    }

    private static String describeChange(OrganizationRow before, String name, OrganizationType type, CellKind kind,
            boolean delegated) {
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
        if (before.delegatedAdmission() != delegated) {
            parts.add("delegatedAdmission=" + before.delegatedAdmission() + " -> " + delegated);
        }
        return String.join("; ", parts);
    }

    private OffsetDateTime now() {
        return OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
    }
}

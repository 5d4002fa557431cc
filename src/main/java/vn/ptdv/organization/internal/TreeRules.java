package vn.ptdv.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.Problems;

/**
 * Where an organization may sit in the tree, as the tree's own pages and its restructurings
 * both check it: a new organization (its code, parent, level and founding date) and a move under
 * another parent from a date; and the storing of a checked new organization.
 */
@Component
class TreeRules {
    /** Placements of organizations whose founding date is unknown start here. */
    static final LocalDate RECORDS_BEGIN = LocalDate.of(1930, 2, 3);

    private final TreeReader reader;
    private final OrganizationStore store;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    TreeRules(TreeReader reader, OrganizationStore store, AccessScope scope, AuditLog audit, Clock clock) {
        this.reader = reader;
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new organization, checked and ready to store; it sits under {@code parent} from {@code start}. */
    record Checked(String code, String name, OrganizationType type, CellKind cellKind, OrganizationRow parent,
            LocalDate establishedOn, LocalDate start) {
    }

    /** Checks a new organization, adding what is wrong to the problems; null when something is. */
    Checked checkNew(NewOrganization organization, Problems problems) {
        LocalDate today = scope.today();
        int before = problems.list().size();
        OrganizationType type = organization.type();
        LocalDate establishedOn = organization.establishedOn();
        if (establishedOn != null && establishedOn.isAfter(today)) {
            problems.refuse("establishedOn", "validation.future", VietnameseDates.format(establishedOn));
        }
        String parentCode = organization.parentCode();
        Optional<OrganizationRow> parent = Optional.empty();
        if (parentCode == null) {
            if (!type.mayBeRoot()) {
                problems.refuse("parentCode", "org.parent.required", Problems.term(type.messageKey()));
            } else if (!scope.user().isAdmin()) {
                problems.refuse("parentCode", "org.parent.rootAdminOnly");
            }
        } else {
            parent = forChange(problems, "parentCode", parentCode);
        }
        if (parent.isPresent()) {
            scope.requireMayAddUnder(parent.get().ref());
            if (parent.get().ended()) {
                problems.refuse("parentCode", "org.parent.ended", parent.get().name(),
                        VietnameseDates.format(parent.get().endedOn()));
            }
        }
        checkCellKind(problems, type, organization.cellKind());
        parent.ifPresent(p -> checkChildType(problems, "type", p, type));
        if (reader.byCode(organization.code()).isPresent()) {
            problems.refuse("code", "org.code.taken", organization.code());
        }
        LocalDate start = establishedOn;
        if (parent.isPresent() && !problems.has("establishedOn") && !parent.get().ended()) {
            List<DatePeriod> parentExistence = reader.existence(parent.get().id());
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
        return new Checked(organization.code(), organization.name(), type,
                type.isCell() ? organization.cellKind() : null, parent.orElse(null), establishedOn,
                start == null ? RECORDS_BEGIN : start);
    }

    /** Stores a checked organization (under the tree lock, which also settles a race for its code). */
    OrganizationRow add(Checked organization) {
        store.lockTree();
        if (reader.byCode(organization.code()).isPresent()) {
            new Problems("org").refuse("code", "org.code.taken", organization.code()).throwIfAny();
        }
        Long parentId = organization.parent() == null ? null : organization.parent().id();
        long id = store.insert(organization.code(), organization.name(), organization.type(), organization.cellKind(),
                organization.establishedOn(), OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC),
                scope.user().username());
        store.establish(id, parentId, organization.start(), organization.name());
        audit.record("ORGANIZATION_CREATED", "organization", organization.code(), id,
                "name=" + organization.name() + "; type=" + organization.type() + "; parent="
                        + (organization.parent() == null ? "-" : organization.parent().code()));
        return reader.byId(id).orElseThrow();
    }

    /** Whether the organization may sit under the parent from the date (the parent reported as {@code field}). */
    void checkMove(Problems problems, String field, OrganizationRow organization, OrganizationRow parent,
            OrganizationType type, LocalDate effective) {
        if (parent.id() == organization.id()) {
            problems.refuse(field, "org.move.self");
            return;
        }
        checkChildType(problems, field, parent, type);
        Optional<Placement> placement = reader.placementsOf(organization.id()).stream()
                .filter(p -> p.period().contains(effective)).findFirst();
        if (placement.isEmpty()) {
            problems.refuse("effectiveDate", "org.move.notExisting", organization.name(),
                    VietnameseDates.format(effective));
            return;
        }
        DatePeriod moved = new DatePeriod(effective, placement.get().period().to());
        if (reader.isAncestorDuring(organization.id(), parent.id(), moved)) {
            problems.refuse(field, "org.move.intoOwnSubtree", parent.name(), organization.name());
            return;
        }
        boolean parentExists = reader.existence(parent.id()).stream()
                .anyMatch(p -> !p.from().isAfter(moved.from()) && !p.to().isBefore(moved.to()));
        if (!parentExists) {
            problems.refuse(field, "org.parent.notExisting", parent.name(), VietnameseDates.format(effective));
        }
    }

    static void checkCellKind(Problems problems, OrganizationType type, CellKind cellKind) {
        if (cellKind != null && !type.isCell()) {
            problems.refuse("cellKind", "org.cellKind.notCell", Problems.term(type.messageKey()));
        }
    }

    static void checkChildType(Problems problems, String field, OrganizationRow parent, OrganizationType type) {
        if (!parent.type().allowsChild(type)) {
            problems.refuse(field, "org.parent.typeNotAllowed", Problems.term(parent.type().messageKey()),
                    Problems.term(type.messageKey()));
        }
    }

    /** An organization a change names by code: {@link AccessScope#forChange} over the tree's own records. */
    Optional<OrganizationRow> forChange(Problems problems, String field, String code) {
        return scope.forChange(problems, field, code, code == null ? Optional.empty() : reader.byCode(code),
                OrganizationRow::id);
    }

    /** The organization with this code if the user may see it. */
    Optional<OrganizationRow> visible(String code) {
        return reader.byCode(code).filter(row -> scope.canSee(row.id()));
    }
}

package vn.ptdv.organization.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.AdmissionChain;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.DelegateAdmission;
import vn.ptdv.organization.MergeIntoNew;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.OrganizationChoice;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.organization.RestructuringType;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;

/**
 * Use cases of the tree: add an organization, edit it, move it under another parent; and the
 * look-ups other modules make ({@link OrganizationDirectory}).
 */
@Service
class OrganizationService implements OrganizationDirectory {
    private final TreeReader reader;
    private final OrganizationStore store;
    private final TreeRules rules;
    private final RestructuringService restructurings;
    private final RestructuringLog log;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    OrganizationService(TreeReader reader, OrganizationStore store, TreeRules rules,
            RestructuringService restructurings, RestructuringLog log, AccessScope scope, AuditLog audit,
            Clock clock) {
        this.reader = reader;
        this.store = store;
        this.rules = rules;
        this.restructurings = restructurings;
        this.log = log;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    // --- changes ----------------------------------------------------------------------------------

    @Transactional
    @Override
    public OrganizationRef create(NewOrganization organization) {
        return createRecord(organization).ref();
    }

    @Transactional
    OrganizationRow createRecord(NewOrganization organization) {
        Problems problems = new Problems("org");
        TreeRules.Checked checked = rules.checkNew(organization, problems);
        problems.throwIfAny();
        return rules.add(checked);
    }

    @Transactional
    @Override
    public long mergeIntoNew(MergeIntoNew merge) {
        return restructurings.apply(new Restructuring.Merge(merge.sourceCodes(),
                new Restructuring.NewTarget(merge.code(), merge.name(), merge.type(), merge.parentCode(), null),
                merge.date(), merge.directive()));
    }

    @Transactional
    @Override
    public void delegateAdmission(DelegateAdmission delegation) {
        change(ChangeOrganization.delegation(delegation.organizationCode(), delegation.delegated()));
    }

    @Transactional
    OrganizationRow change(ChangeOrganization change) {
        OrganizationRow current = requireRecord(change.code());
        scope.requireMayEdit(current.ref());
        if (change.version() != null && change.version() != current.version()) {
            throw new ConflictException("error.conflict.organization", current.name());
        }
        LocalDate today = scope.today();
        Problems problems = new Problems("org");
        String name = change.name() == null ? current.name() : change.name();
        OrganizationType type = change.type() == null ? current.type() : change.type();
        CellKind cellKind = change.cellKind() == null ? current.cellKind() : change.cellKind().orElse(null);
        Optional<TreeNode> currentParent = reader.parent(current.id(), today);
        if (type != current.type()) {
            checkTypeChange(problems, current, type, currentParent, today);
        }
        if (change.cellKind() != null) {
            TreeRules.checkCellKind(problems, type, cellKind);
        }
        boolean delegated = change.delegatedAdmission() == null ? current.delegatedAdmission()
                : change.delegatedAdmission();
        if (delegated && !type.isGrassroots()) {
            if (change.delegatedAdmission() != null) {
                problems.refuse("delegatedAdmission", "org.delegated.notGrassroots", Problems.term(type.messageKey()));
            } else {
                delegated = false;
            }
        }

        String parentCode = change.parentCode();
        boolean moving = parentCode != null
                && !(currentParent.isPresent() && currentParent.get().code().equals(parentCode));
        Optional<OrganizationRow> newParent = Optional.empty();
        LocalDate effective = null;
        if (moving) {
            newParent = rules.forChange(problems, "parentCode", parentCode);
            newParent.ifPresent(p -> scope.requireMayAddUnder(p.ref()));
            effective = change.effectiveDate() == null ? today : change.effectiveDate();
            if (effective.isAfter(today)) {
                problems.refuse("effectiveDate", "validation.future", VietnameseDates.format(effective));
            }
            if (newParent.isPresent()) {
                rules.checkMove(problems, "parentCode", current, newParent.get(), type, effective);
            }
        } else if (change.effectiveDate() != null && parentCode == null) {
            problems.refuse("effectiveDate", "org.move.dateWithoutParent");
        }
        problems.throwIfAny();

        CellKind storedKind = type.isCell() ? cellKind : null;
        boolean detailsChanged = !name.equals(current.name()) || type != current.type()
                || !Objects.equals(storedKind, current.cellKind()) || delegated != current.delegatedAdmission();
        if (!detailsChanged && !moving) {
            return current;
        }
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        String username = scope.user().username();
        if (moving || (type == OrganizationType.CENTRAL) != (current.type() == OrganizationType.CENTRAL)) {
            store.lockTree(); // becoming or ceasing to be the whole Party places its tree anew
        }
        if (!store.updateDetails(current.id(), current.version(), name, type, storedKind, delegated, now, username)) {
            throw new ConflictException("error.conflict.organization", current.name());
        }
        if (!name.equals(current.name())) {
            store.correctCurrentName(current.id(), name);
        }
        if (detailsChanged) {
            audit.record("ORGANIZATION_UPDATED", "organization", current.code(), current.id(),
                    describeChange(current, name, type, storedKind, delegated));
        }
        if (moving) {
            store.move(current.id(), newParent.get().id(), effective);
            Map<Long, String> roles = new LinkedHashMap<>();
            roles.put(current.id(), "SUBJECT");
            roles.put(newParent.get().id(), "TARGET");
            log.record(RestructuringType.MOVE, effective, null,
                    "parent=" + currentParent.map(TreeNode::code).orElse("-") + " -> " + parentCode, roles);
        }
        return reader.byId(current.id()).orElseThrow();
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
        reader.childrenOn(current.id(), today).stream().filter(child -> !type.allowsChild(child.type())).findFirst()
                .ifPresent(child -> problems.refuse("type", "org.type.childNotAllowed",
                        Problems.term(type.messageKey()), child.name(), Problems.term(child.type().messageKey())));
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

    // --- look-ups ---------------------------------------------------------------------------------

    /** The organization's own record if the signed-in user may see it; not found otherwise. */
    OrganizationRow requireRecord(String code) {
        return rules.visible(code).orElseThrow(() -> new NotFoundException("org.notFound", code));
    }

    @Override
    public Optional<OrganizationRef> findByCode(String code) {
        return code == null ? Optional.empty() : reader.byCode(code).map(OrganizationRow::ref);
    }

    @Override
    public Optional<OrganizationRef> findById(long id) {
        return reader.byId(id).map(OrganizationRow::ref);
    }

    @Override
    public OrganizationRef requireVisible(String code) {
        OrganizationRef organization = findByCode(code).orElseThrow(() -> new NotFoundException("org.notFound", code));
        scope.requireVisible(organization);
        return organization;
    }

    @Override
    public OrganizationRef requireVisibleOrHome(String code) {
        String text = Problems.optional(code);
        return text != null ? requireVisible(text)
                : scope.defaultOrganizationId().flatMap(this::findById).orElseThrow();
    }

    @Override
    public List<OrganizationChoice> match(String typed, int limit) {
        List<Long> ids = reader.named(scope.rootIds(), typed, scope.today(), limit);
        Map<Long, TreeReader.NameWithParent> names = reader.namesWithParents(ids, scope.today());
        return ids.stream().filter(names::containsKey).map(id -> {
            TreeReader.NameWithParent n = names.get(id);
            return new OrganizationChoice(id, n.code(), n.name(), OrganizationPaths.path(n.name(), n.parentName()));
        }).toList();
    }

    @Override
    public Map<Long, String> paths(Collection<Long> organizationIds) {
        Map<Long, String> paths = new HashMap<>();
        reader.namesWithParents(organizationIds.stream().filter(Objects::nonNull).collect(Collectors.toSet()), scope.today())
                .forEach((id, n) -> paths.put(id, OrganizationPaths.path(n.name(), n.parentName())));
        return paths;
    }

    @Override
    public Optional<OrganizationRef> grassrootsOf(long organizationId, LocalDate date) {
        return reader.grassrootsOf(organizationId, date).map(OrganizationRow::ref);
    }

    @Override
    public Optional<AdmissionChain> admissionChain(long cellId, LocalDate date) {
        return reader.admissionChain(cellId, date);
    }

    @Override
    public List<OrganizationRef> ancestorsOn(long organizationId, LocalDate date) {
        return reader.ancestorsOn(organizationId, date).stream().map(OrganizationRow::ref).toList();
    }

    @Override
    public List<OrganizationRef> childrenOn(long organizationId, LocalDate date) {
        return reader.childrenOn(organizationId, date).stream().map(OrganizationRow::ref).toList();
    }

    @Override
    public String nameOn(long organizationId, LocalDate date) {
        return reader.nameOn(organizationId, date);
    }

    @Override
    public List<DatePeriod> existence(long organizationId) {
        return reader.existence(organizationId);
    }

    @Override
    public boolean isWithin(long descendantId, long ancestorId, LocalDate date) {
        return reader.isWithin(descendantId, ancestorId, date);
    }
}

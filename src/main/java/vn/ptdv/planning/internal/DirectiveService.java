package vn.ptdv.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.Directives;
import vn.ptdv.planning.NewDirective;
import vn.ptdv.planning.NumberSymbol;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/**
 * Directives: plans, resolutions, instructions… by number and symbol. A symbol whose issuing
 * body does not sign at the issuer's level, or whose kind differs from the kind given, is
 * stored with a warning; the same number and symbol twice for one issuer in one year is refused.
 */
@Service
class DirectiveService implements Directives {
    static final int LINKABLE = 200;

    private final DirectiveStore store;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    DirectiveService(DirectiveStore store, OrganizationDirectory organizations, AccessScope scope, Messages messages,
            AuditLog audit, Clock clock) {
        this.store = store;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    @Override
    public long create(NewDirective directive) {
        return createChecked(directive).id();
    }

    @Transactional
    DirectiveRow createChecked(NewDirective input) {
        Problems problems = new Problems("directive");
        NumberSymbol symbol = input.numberSymbol();
        LocalDate issuedOn = input.issuedOn();
        if (issuedOn.isAfter(scope.today())) {
            problems.refuse("issuedOn", "validation.future", VietnameseDates.format(issuedOn));
        }
        OrganizationRef issuer = scope.organizationForChange(problems, "issuerCode", input.issuerCode()).orElse(null);
        if (issuer != null) {
            if (store.taken(issuer.id(), issuedOn.getYear(), symbol.text())) {
                problems.refuse("numberSymbol", "directive.duplicate", symbol.text(), issuer.name(),
                        String.valueOf(issuedOn.getYear()));
            }
        }
        problems.throwIfAny();

        List<DirectiveRow.Warning> warnings = warnings(symbol, input.type(), issuer);
        long id = store.insert(symbol, input.type(), issuedOn, issuer.id(), input.title(), warnings,
                OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), scope.user().username());
        audit.record("DIRECTIVE_CREATED", "directive", String.valueOf(id), issuer.id(),
                "name=" + symbol.text() + " " + input.title());
        return store.find(id).orElseThrow();
    }

    /** What looks wrong in the number and symbol but is stored: an issuer of another level, another kind. */
    private List<DirectiveRow.Warning> warnings(NumberSymbol symbol, DirectiveType type, OrganizationRef issuer) {
        List<DirectiveRow.Warning> warnings = new ArrayList<>();
        if (!symbol.matchesLevel(issuer.type())) {
            warnings.add(new DirectiveRow.Warning("ISSUER_LEVEL", messages.text("directive.warning.level",
                    symbol.issuerSymbol(), issuer.name(), String.join(", ", NumberSymbol.levelSuffixes(issuer.type())
                            .stream().sorted().map(s -> "/" + s).toList()))));
        }
        if (!type.codes().contains(symbol.typeCode())) {
            warnings.add(new DirectiveRow.Warning("TYPE_CODE", messages.text("directive.warning.type",
                    symbol.typeCode(), messages.text(type.messageKey()), String.join(", ", type.codes()))));
        }
        return warnings;
    }

    /** The directive if the user may see its issuer. */
    @Transactional(readOnly = true)
    DirectiveRow requireVisible(long id) {
        return store.find(id).filter(d -> scope.canSee(d.issuerId()))
                .orElseThrow(() -> new NotFoundException("directive.notFound", String.valueOf(id)));
    }

    /** Directives issued by the organizations of the subtree, the latest first. */
    @Transactional(readOnly = true)
    PageResult<DirectiveRow> page(SubtreeSql subtree, int page, int size) {
        return store.page(subtree, page, size);
    }

    /** Directives the user may link a target or an assignment to: those of the subtree and of its ancestors. */
    List<DirectiveRow> recentFor(OrganizationRef organization) {
        return store.latest(LINKABLE).stream().filter(d -> linkable(organization, d)).toList();
    }

    /**
     * The directive a target or an assignment of the organization is linked to: one the user may
     * see or one of the organization's ancestors; refused under the field otherwise.
     */
    Optional<DirectiveRow> forChange(Problems problems, String field, OrganizationRef organization, long id) {
        return scope.forChangeWhere(problems, field, id, store.find(id), d -> linkable(organization, d));
    }

    private boolean linkable(OrganizationRef organization, DirectiveRow directive) {
        return scope.canSee(directive.issuerId())
                || organizations.isWithin(organization.id(), directive.issuerId(), scope.today());
    }
}

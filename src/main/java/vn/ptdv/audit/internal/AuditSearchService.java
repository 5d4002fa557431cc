package vn.ptdv.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.EncodedResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditQuery;
import vn.ptdv.audit.AuditRecord;
import vn.ptdv.audit.AuditSearch;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.VietnameseOrder;
import vn.ptdv.shared.table.Table;
import vn.ptdv.shared.table.Table.Column;

/**
 * The audit search of the signed-in user's scope: an administrator reads every entry (system ones
 * and unknown login names included), an organization department the entries filed under an
 * organization of its subtree in today's structure; anyone else is refused.
 */
@Service
class AuditSearchService implements AuditSearch {
    private static final String ACTION_PREFIX = "audit.action.";

    private final AuditStore store;
    private final AuditDetails details;
    private final Messages messages;
    private final Formats formats;
    private final Clock clock;
    private final List<Kind> kinds;
    private final Set<String> kindCodes;

    AuditSearchService(AuditStore store, AuditDetails details, Messages messages, Formats formats, Clock clock) {
        this.store = store;
        this.details = details;
        this.messages = messages;
        this.formats = formats;
        this.clock = clock;
        this.kinds = loadKinds();
        this.kindCodes = kinds.stream().map(Kind::code).collect(Collectors.toUnmodifiableSet());
    }

    /** Every kind with a Vietnamese name in the messages, in Vietnamese alphabetical order. */
    private static List<Kind> loadKinds() {
        try {
            Properties texts = PropertiesLoaderUtils.loadProperties(
                    new EncodedResource(new ClassPathResource("messages_vi.properties"), StandardCharsets.UTF_8));
            List<Kind> found = new ArrayList<>();
            for (String key : texts.stringPropertyNames()) {
                if (key.startsWith(ACTION_PREFIX)) {
                    found.add(new Kind(key.substring(ACTION_PREFIX.length()), texts.getProperty(key)));
                }
            }
            found.sort(VietnameseOrder.by(Kind::name));
            return List.copyOf(found);
        } catch (IOException e) {
            throw new UncheckedIOException("messages_vi.properties is part of the application", e);
        }
    }

    @Override
    public List<Kind> kinds() {
        return kinds;
    }

    @Transactional(readOnly = true)
    @Override
    public PageResult<AuditRecord> search(AuditQuery query, int page, int size) {
        AuditStore.Criteria criteria = criteria(query);
        long total = store.count(criteria);
        List<AuditRecord> records = store.find(criteria, (long) page * size, size).stream().map(this::record).toList();
        return new PageResult<>(records, page, size, total);
    }

    @Transactional(readOnly = true)
    @Override
    public Table table(AuditQuery query) {
        AuditStore.Criteria criteria = criteria(query);
        long total = store.count(criteria);
        if (total > MAX_EXPORT) {
            new Problems("audit").refuse("from", "audit.export.tooMany", total, MAX_EXPORT).throwIfAny();
        }
        Table.Builder table = Table.builder(messages.text("audit.title"), messages.text("audit.sheet"))
                .caption(messages.text("audit.export.scope", scopeName(criteria)))
                .caption(messages.text("audit.export.filter", describe(query)))
                .column(Column.text(messages.text("audit.when")))
                .column(Column.text(messages.text("audit.who")))
                .column(Column.text(messages.text("audit.what")))
                .column(Column.text(messages.text("audit.subject")))
                .column(Column.integer(messages.text("audit.person")))
                .column(Column.text(messages.text("audit.organization")))
                .column(Column.text(messages.text("audit.details")));
        for (AuditEntry entry : store.find(criteria, 0, (int) total)) {
            AuditRecord r = record(entry);
            table.row(formats.dateTime(r.occurredAt()), r.username(), r.kindName(), subject(r), r.personId(),
                    r.organizationName(), r.details());
        }
        return table.build();
    }

    /** What an entry concerns, as the page shows it: the kind of record and its key. */
    static String subject(AuditRecord r) {
        return r.entityKey() == null ? r.entityName() : r.entityName() + " " + r.entityKey();
    }

    private AuditRecord record(AuditEntry e) {
        return new AuditRecord(e.id(), e.occurredAt(), e.username(), e.action(), kindName(e.action()), e.entityType(),
                messages.text("audit.entity." + e.entityType()), e.entityKey(), e.personId(), e.organizationCode(),
                e.organizationName(), details.render(e.details()));
    }

    String kindName(String code) {
        return messages.text(ACTION_PREFIX + code);
    }

    private AuditStore.Criteria criteria(AuditQuery query) {
        CurrentUser viewer = CurrentUser.require();
        if (!viewer.role().canReadAudit()) {
            throw new ForbiddenException("audit.forbidden");
        }
        // Today from the clock bean itself: AccessScope's module (organization) writes to this log, so this
        // module may not ask it.
        LocalDate today = LocalDate.now(clock);
        Long root = viewer.isAdmin() ? null : viewer.homeOrganizationId();
        Problems problems = new Problems("audit");
        if (query.organizationCode() != null) {
            Optional<Long> chosen = store.organizationId(query.organizationCode())
                    .filter(id -> viewer.isAdmin() || store.inSubtree(viewer.homeOrganizationId(), id, today));
            if (chosen.isPresent()) {
                root = chosen.get();
            } else {
                problems.refuse("organization", "reference.notInScope", query.organizationCode());
            }
        }
        if (query.kind() != null && !kindCodes.contains(query.kind())) {
            problems.refuse("kind", "audit.kind.unknown", query.kind());
        }
        problems.throwIfAny();
        return new AuditStore.Criteria(root, today, query.personId(), query.username(), query.kind(), query.from(),
                query.to());
    }

    private String scopeName(AuditStore.Criteria criteria) {
        if (criteria.rootId() == null) {
            return messages.text("audit.export.everything");
        }
        return store.organizationName(criteria.rootId()).orElse("");
    }

    private String describe(AuditQuery q) {
        List<String> parts = new ArrayList<>();
        if (q.personId() != null) {
            parts.add(messages.text("audit.field.person") + ": " + q.personId());
        }
        if (q.username() != null) {
            parts.add(messages.text("audit.field.user") + ": " + q.username());
        }
        if (q.organizationCode() != null) {
            parts.add(messages.text("audit.field.organization") + ": " + q.organizationCode());
        }
        if (q.kind() != null) {
            parts.add(messages.text("audit.field.kind") + ": " + kindName(q.kind()));
        }
        if (q.from() != null) {
            parts.add(messages.text("audit.field.from") + ": " + formats.date(q.from()));
        }
        if (q.to() != null) {
            parts.add(messages.text("audit.field.to") + ": " + formats.date(q.to()));
        }
        return parts.isEmpty() ? messages.text("audit.export.noFilter") : String.join("; ", parts);
    }
}

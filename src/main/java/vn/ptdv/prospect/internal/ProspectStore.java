package vn.ptdv.prospect.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.prospect.ProspectStatus;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;
import vn.ptdv.shared.ReportedFactsChanged;

/** SQL of the pool: entries, their categories and notes. */
@Repository
class ProspectStore {
    private static final String SELECT = """
            SELECT r.id, r.person_id, p.full_name, p.birth_date, p.national_id, r.organization_id, o.code AS org_code,
                   o.name AS org_name, r.since, r.channel, r.mentor_member_id, mp.full_name AS mentor_name, r.status,
                   r.attended_on, r.applied_on, r.left_on, r.left_reason, r.version, r.introduced_by_member_id,
                   ip.full_name AS introducer_name
            FROM prospect r
            JOIN person_directory p ON p.id = r.person_id
            JOIN organization_directory o ON o.id = r.organization_id
            LEFT JOIN member_admission m ON m.member_id = r.mentor_member_id
            LEFT JOIN person_directory mp ON mp.id = m.person_id
            LEFT JOIN member_admission im ON im.member_id = r.introduced_by_member_id
            LEFT JOIN person_directory ip ON ip.id = im.person_id
            """;

    /** Active in the pool on :date: listed, not yet gone and not yet handed to a dossier. */
    static final String ACTIVE_ON = "r.since <= :date AND (r.left_on IS NULL OR r.left_on > :date)"
            + " AND (r.applied_on IS NULL OR r.applied_on > :date)";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ProspectStore(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    private ProspectRow map(ResultSet rs, int n) throws SQLException {
        return map(rs, categories(rs.getLong("id")));
    }

    private ProspectRow map(ResultSet rs, Set<ProspectCategory> categories) throws SQLException {
        long mentor = rs.getLong("mentor_member_id");
        Long mentorId = rs.wasNull() ? null : mentor;
        long id = rs.getLong("id");
        return new ProspectRow(id, rs.getLong("person_id"), rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class), rs.getString("national_id"),
                rs.getLong("organization_id"), rs.getString("org_code"), rs.getString("org_name"),
                rs.getObject("since", LocalDate.class), ProspectChannel.valueOf(rs.getString("channel")),
                categories, mentorId, rs.getString("mentor_name"), ProspectStatus.valueOf(rs.getString("status")),
                rs.getObject("attended_on", LocalDate.class), rs.getObject("applied_on", LocalDate.class),
                rs.getObject("left_on", LocalDate.class), rs.getString("left_reason"), rs.getInt("version"),
                introducer(rs), rs.getString("introducer_name"));
    }

    private static Long introducer(ResultSet rs) throws SQLException {
        long id = rs.getLong("introduced_by_member_id");
        return rs.wasNull() ? null : id;
    }

    Set<ProspectCategory> categories(long prospectId) {
        Set<ProspectCategory> categories = EnumSet.noneOf(ProspectCategory.class);
        jdbc.sql("SELECT category FROM prospect_category WHERE prospect_id = :id").param("id", prospectId)
                .query(String.class).list().forEach(c -> categories.add(ProspectCategory.valueOf(c)));
        return categories;
    }

    Optional<ProspectRow> findById(long id) {
        return jdbc.sql(SELECT + " WHERE r.id = :id").param("id", id).query(this::map).optional();
    }

    /** The person's active entry (not left), if any. */
    Optional<ProspectRow> activeOf(long personId) {
        return jdbc.sql(SELECT + " WHERE r.active_person_id = :person").param("person", personId).query(this::map)
                .optional();
    }

    long insert(long personId, long organizationId, LocalDate since, ProspectChannel channel, Long mentorId,
            Long introducerId, OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO prospect (person_id, active_person_id, organization_id, since, channel, mentor_member_id,
                                      introduced_by_member_id, status, version, created_at, created_by, updated_at,
                                      updated_by)
                VALUES (:person, :person, :organization, :since, :channel, :mentor, :introducer, 'IN_POOL', 0, :now,
                        :user, :now, :user)
                """).param("person", personId).param("organization", organizationId).param("since", since)
                .param("channel", channel.name()).param("mentor", mentorId).param("introducer", introducerId)
                .param("now", now).param("user", user)
                .update(keys, "id");
        events.publishEvent(ReportedFactsChanged.of(organizationId));
        return keys.getKey().longValue();
    }

    void replaceCategories(long prospectId, Set<ProspectCategory> categories) {
        jdbc.sql("DELETE FROM prospect_category WHERE prospect_id = :id").param("id", prospectId).update();
        for (ProspectCategory category : categories) {
            jdbc.sql("INSERT INTO prospect_category (prospect_id, category) VALUES (:id, :category)")
                    .param("id", prospectId).param("category", category.name()).update();
        }
    }

    boolean update(ProspectRow row, ProspectChannel channel, Long mentorId, ProspectStatus status, LocalDate attendedOn,
            LocalDate appliedOn, LocalDate leftOn, String leftReason, OffsetDateTime now, String user) {
        boolean updated = jdbc.sql("""
                UPDATE prospect SET channel = :channel, mentor_member_id = :mentor, status = :status,
                       attended_on = :attended, applied_on = :applied, left_on = :left, left_reason = :reason,
                       active_person_id = CASE WHEN :status = 'LEFT' THEN NULL ELSE person_id END,
                       version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id AND version = :version
                """).param("channel", channel.name()).param("mentor", mentorId).param("status", status.name())
                .param("attended", attendedOn).param("applied", appliedOn).param("left", leftOn)
                .param("reason", leftReason).param("now", now).param("user", user).param("id", row.id())
                .param("version", row.version()).update() == 1;
        if (updated) {
            events.publishEvent(ReportedFactsChanged.of(row.organizationId()));
        }
        return updated;
    }

    void addNote(long prospectId, LocalDate on, String text, OffsetDateTime now, String user) {
        jdbc.sql("""
                INSERT INTO prospect_note (prospect_id, noted_on, text, created_at, created_by)
                VALUES (:id, :on, :text, :now, :user)
                """).param("id", prospectId).param("on", on).param("text", text).param("now", now)
                .param("user", user).update();
    }

    record Note(LocalDate notedOn, String text, String createdBy) {
    }

    List<Note> notes(long prospectId) {
        return jdbc.sql("SELECT noted_on, text, created_by FROM prospect_note WHERE prospect_id = :id ORDER BY noted_on DESC, id DESC")
                .param("id", prospectId)
                .query((rs, n) -> new Note(rs.getObject("noted_on", LocalDate.class), rs.getString("text"),
                        rs.getString("created_by"))).list();
    }

    /** Filters of the pool list; null means any. {@code name}: a word of the name starts with it, without diacritics. */
    record Filter(ProspectStatus status, ProspectCategory category, ProspectChannel channel, boolean withoutMentor,
            String name) {
        /** The filters as a page or the API receives them; an unknown value is refused, naming its field. */
        static Filter parse(String status, String category, String channel, boolean withoutMentor, String name) {
            Problems problems = new Problems("prospect");
            ProspectStatus s = problems.oneOf("status", Problems.optional(status), ProspectStatus.class, false);
            ProspectCategory c = problems.oneOf("categories", Problems.optional(category), ProspectCategory.class,
                    false);
            ProspectChannel ch = problems.oneOf("channel", Problems.optional(channel), ProspectChannel.class, false);
            problems.throwIfAny();
            return new Filter(s, c, ch, withoutMentor, SearchText.nameQuery(name));
        }
    }

    /** Entries of the subtree active on the date (or of any status, with a status filter), by given name. */
    PageResult<ProspectRow> page(SubtreeSql subtree, LocalDate date, Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(subtree, date, filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM prospect r" + where).params(params).query(Long.class).single();
        params.put("size", size);
        params.put("offset", (long) page * size);
        List<ProspectRow> items = jdbc.sql(SELECT + where + " ORDER BY p.sort_key, r.id LIMIT :size OFFSET :offset")
                .params(params).query(this::map).list();
        return new PageResult<>(items, page, size, total);
    }

    /** Every entry the page lists with these filters, in its order, for an export: categories read in one query. */
    List<ProspectRow> all(SubtreeSql subtree, LocalDate date, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(subtree, date, filter, params);
        Map<Long, Set<ProspectCategory>> categories = new HashMap<>();
        jdbc.sql("SELECT k.prospect_id, k.category FROM prospect_category k JOIN prospect r ON r.id = k.prospect_id"
                + where).params(params).query(rs -> {
                    categories.computeIfAbsent(rs.getLong(1), id -> EnumSet.noneOf(ProspectCategory.class))
                            .add(ProspectCategory.valueOf(rs.getString(2)));
                });
        return jdbc.sql(SELECT + where + " ORDER BY p.sort_key, r.id").params(params)
                .query((rs, n) -> map(rs, categories.getOrDefault(rs.getLong("id"),
                        EnumSet.noneOf(ProspectCategory.class))))
                .list();
    }

    private static String where(SubtreeSql subtree, LocalDate date, Filter filter, Map<String, Object> params) {
        subtree.bind(params);
        params.put("date", date);
        StringBuilder where = new StringBuilder(" WHERE " + subtree.condition("r.organization_id"));
        if (filter.status() == null) {
            where.append(" AND ").append(ACTIVE_ON);
        } else {
            where.append(" AND r.status = :status AND r.since <= :date");
            params.put("status", filter.status().name());
        }
        if (filter.category() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM prospect_category k2 WHERE k2.prospect_id = r.id AND k2.category = :category)");
            params.put("category", filter.category().name());
        }
        if (filter.channel() != null) {
            where.append(" AND r.channel = :channel");
            params.put("channel", filter.channel().name());
        }
        if (filter.withoutMentor()) {
            where.append(" AND r.mentor_member_id IS NULL");
        }
        if (filter.name() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM person_directory pn WHERE pn.id = r.person_id AND ")
                    .append(SearchText.wordPrefixCondition("pn.search_name", "name", filter.name(), params)).append(')');
        }
        return where.toString();
    }
}

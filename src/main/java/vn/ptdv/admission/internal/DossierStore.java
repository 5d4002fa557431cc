package vn.ptdv.admission.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.SearchText;
import vn.ptdv.shared.ReportedFactsChanged;

/** SQL of admission dossiers and their steps; a step's data and warnings are kept as JSON. */
@Repository
class DossierStore {
    private static final TypeReference<List<RecordedWarning>> WARNINGS = new TypeReference<>() {
    };
    private static final String SELECT = """
            SELECT d.id, d.person_id, p.full_name, p.birth_date, d.cell_id, o.code AS cell_code, o.name AS cell_name,
                   d.member_id, d.opened_on, d.state, d.next_step, d.due_date, d.decision_date, d.ceremony_date,
                   d.probation_end, d.papers_expire_on, d.certificate_expires_on, d.attention_on, d.version,
                   d.updated_at, d.updated_by
            FROM admission_dossier d
            JOIN person_directory p ON p.id = d.person_id
            JOIN organization_directory o ON o.id = d.cell_id
            """;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final JsonMapper json;

    DossierStore(JdbcClient jdbc, JsonMapper json, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.events = events;
    }

    private static DossierRow map(ResultSet rs, int n) throws SQLException {
        long member = rs.getLong("member_id");
        Long memberId = rs.wasNull() ? null : member;
        String next = rs.getString("next_step");
        return new DossierRow(rs.getLong("id"), rs.getLong("person_id"), rs.getString("full_name"),
                rs.getObject("birth_date", LocalDate.class), rs.getLong("cell_id"), rs.getString("cell_code"),
                rs.getString("cell_name"), memberId, rs.getObject("opened_on", LocalDate.class),
                DossierState.valueOf(rs.getString("state")), next == null ? null : StepCode.valueOf(next),
                rs.getObject("due_date", LocalDate.class), rs.getObject("decision_date", LocalDate.class),
                rs.getObject("ceremony_date", LocalDate.class), rs.getObject("probation_end", LocalDate.class),
                rs.getObject("papers_expire_on", LocalDate.class),
                rs.getObject("certificate_expires_on", LocalDate.class), rs.getObject("attention_on", LocalDate.class),
                rs.getInt("version"), rs.getObject("updated_at", OffsetDateTime.class), rs.getString("updated_by"));
    }

    Optional<DossierRow> findById(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(DossierStore::map).optional();
    }

    /** Locks the dossier until the transaction ends, so that two steps are judged one after the other. */
    void lock(long id) {
        jdbc.sql("SELECT id FROM admission_dossier WHERE id = :id FOR UPDATE").param("id", id).query(Long.class)
                .optional();
    }

    /** The person's open dossier, if any. */
    Optional<DossierRow> openOf(long personId) {
        return jdbc.sql(SELECT + " WHERE d.open_person_id = :person").param("person", personId)
                .query(DossierStore::map).optional();
    }

    List<DossierRow> ofPerson(long personId) {
        return jdbc.sql(SELECT + " WHERE d.person_id = :person ORDER BY d.opened_on DESC, d.id DESC")
                .param("person", personId).query(DossierStore::map).list();
    }

    long insert(long personId, long cellId, LocalDate openedOn, DossierState state, OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO admission_dossier (person_id, cell_id, open_person_id, opened_on, state, version,
                                               created_at, created_by, updated_at, updated_by)
                VALUES (:person, :cell, :person, :opened, :state, 0, :now, :user, :now, :user)
                """)
                .param("person", personId).param("cell", cellId).param("opened", openedOn).param("state", state.name())
                .param("now", now).param("user", user).update(keys, "id");
        events.publishEvent(ReportedFactsChanged.of(cellId));
        return keys.getKey().longValue();
    }

    /** What is derived from the steps, stored for the worklist and the reports. */
    record Derived(DossierState state, StepCode nextStep, LocalDate dueDate, LocalDate decisionDate,
            LocalDate ceremonyDate, LocalDate probationEnd, LocalDate papersExpireOn, LocalDate certificateExpiresOn,
            LocalDate attentionOn, Long memberId) {
    }

    void updateDerived(long id, long personId, Derived d, OffsetDateTime now, String user) {
        jdbc.sql("""
                UPDATE admission_dossier SET state = :state, open_person_id = :open, next_step = :next, due_date = :due,
                       decision_date = :decision, ceremony_date = :ceremony, probation_end = :probationEnd,
                       papers_expire_on = :papers, certificate_expires_on = :certificate, attention_on = :attention,
                       member_id = :member, version = version + 1, updated_at = :now, updated_by = :user
                WHERE id = :id
                """)
                .param("state", d.state().name()).param("open", d.state().open() ? personId : null)
                .param("next", d.nextStep() == null ? null : d.nextStep().name()).param("due", d.dueDate())
                .param("decision", d.decisionDate()).param("ceremony", d.ceremonyDate())
                .param("probationEnd", d.probationEnd()).param("papers", d.papersExpireOn())
                .param("certificate", d.certificateExpiresOn()).param("attention", d.attentionOn())
                .param("member", d.memberId()).param("now", now).param("user", user).param("id", id).update();
        events.publishEvent(ReportedFactsChanged.of(jdbc.sql("SELECT cell_id FROM admission_dossier WHERE id = :id")
                .param("id", id).query(Long.class).single()));
    }

    List<StepRecord> steps(long dossierId) {
        return jdbc.sql("""
                SELECT id, step, step_date, data, note, warnings, superseded_by, correction_reason, recorded_at,
                       recorded_by
                FROM dossier_step WHERE dossier_id = :dossier ORDER BY id
                """).param("dossier", dossierId)
                .query((rs, n) -> {
                    long superseded = rs.getLong("superseded_by");
                    Long supersededBy = rs.wasNull() ? null : superseded;
                    return new StepRecord(rs.getLong("id"), StepCode.valueOf(rs.getString("step")),
                            rs.getObject("step_date", LocalDate.class),
                            json.readValue(rs.getString("data"),
                                    Procedure.step(StepCode.valueOf(rs.getString("step"))).data()),
                            rs.getString("note"),
                            json.readValue(rs.getString("warnings"), WARNINGS), supersededBy,
                            rs.getString("correction_reason"), rs.getObject("recorded_at", OffsetDateTime.class),
                            rs.getString("recorded_by"));
                })
                .list();
    }

    long insertStep(long dossierId, StepCode step, LocalDate date, StepData data, String note,
            List<RecordedWarning> warnings, String correctionReason, OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO dossier_step (dossier_id, step, step_date, data, note, warnings, correction_reason,
                                          recorded_at, recorded_by)
                VALUES (:dossier, :step, :date, :data, :note, :warnings, :reason, :now, :user)
                """)
                .param("dossier", dossierId).param("step", step.name()).param("date", date)
                .param("data", json.writeValueAsString(data)).param("note", note)
                .param("warnings", json.writeValueAsString(warnings)).param("reason", correctionReason)
                .param("now", now).param("user", user).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The warnings stored with a step, answered (the step itself does not change). */
    void updateWarnings(long stepId, List<RecordedWarning> warnings) {
        jdbc.sql("UPDATE dossier_step SET warnings = :warnings WHERE id = :id")
                .param("warnings", json.writeValueAsString(warnings)).param("id", stepId).update();
    }

    /** Marks the dossier changed by the user now (a new version) without changing what is derived. */
    void touch(long id, OffsetDateTime now, String user) {
        jdbc.sql("UPDATE admission_dossier SET version = version + 1, updated_at = :now, updated_by = :user WHERE id = :id")
                .param("now", now).param("user", user).param("id", id).update();
    }

    void supersede(long stepId, long byStepId) {
        jdbc.sql("UPDATE dossier_step SET superseded_by = :by WHERE id = :id").param("by", byStepId)
                .param("id", stepId).update();
    }

    /** Which dossiers a worklist shows. */
    /** {@code name}: a word of the applicant's name starts with it, without diacritics (null: anyone). */
    record Filter(DossierState state, boolean attention, LocalDate today, String name) {
    }

    /**
     * The day the dossier reached the step it waits in: the date of its latest step in force
     * (corrections replace the step they correct), or the day it was opened. One column of the
     * list's query, read by the index of the dossier's steps.
     */
    private static final String LISTED = SELECT.replace("FROM admission_dossier d", """
            , COALESCE((SELECT MAX(s.step_date) FROM dossier_step s
                        WHERE s.dossier_id = d.id AND s.superseded_by IS NULL), d.opened_on) AS in_step_since
            FROM admission_dossier d""");

    /** A dossier of the list, and the day it reached the step it waits in. */
    record Listed(DossierRow row, LocalDate inStepSince) {
    }

    /** Dossiers of cells in the subtree, the most urgent first (attention, then due date). */
    PageResult<Listed> page(SubtreeSql subtree, Filter filter, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        String where = where(subtree, filter, params);
        long total = jdbc.sql("SELECT COUNT(*) FROM admission_dossier d" + where).params(params).query(Long.class)
                .single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<Listed> rows = jdbc.sql(LISTED + where + WORKLIST_ORDER + " LIMIT :limit OFFSET :offset")
                .params(params).query((rs, n) -> new Listed(map(rs, n), rs.getObject("in_step_since", LocalDate.class)))
                .list();
        return new PageResult<>(rows, page, size, total);
    }

    /** Every dossier of the worklist with these filters, in its order, for an export. */
    List<DossierRow> all(SubtreeSql subtree, Filter filter) {
        Map<String, Object> params = new HashMap<>();
        String where = where(subtree, filter, params);
        return jdbc.sql(SELECT + where + WORKLIST_ORDER).params(params).query(DossierStore::map).list();
    }

    /** The most urgent first: the earliest attention date, then the earliest due date. */
    private static final String WORKLIST_ORDER = """
             ORDER BY CASE WHEN d.attention_on IS NULL THEN 1 ELSE 0 END, d.attention_on,
                      CASE WHEN d.due_date IS NULL THEN 1 ELSE 0 END, d.due_date, d.id
            """;

    private static String where(SubtreeSql subtree, Filter filter, Map<String, Object> params) {
        subtree.bind(params);
        StringBuilder where = new StringBuilder(" WHERE " + subtree.condition("d.cell_id"));
        if (filter.state() != null) {
            where.append(" AND d.state = :state");
            params.put("state", filter.state().name());
        } else {
            where.append(" AND d.open_person_id IS NOT NULL");
        }
        if (filter.attention()) {
            where.append(" AND d.attention_on <= :today");
            params.put("today", filter.today());
        }
        if (filter.name() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM person_directory pn WHERE pn.id = d.person_id AND ")
                    .append(SearchText.wordPrefixCondition("pn.search_name", "name", filter.name(), params)).append(')');
        }
        return where.toString();
    }

    /** Counts of open dossiers by state and of those needing attention, for the worklist's summary. */
    Map<DossierState, Long> countByState(SubtreeSql subtree) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        Map<DossierState, Long> counts = new HashMap<>();
        jdbc.sql("SELECT d.state, COUNT(*) AS n FROM admission_dossier d WHERE " + subtree.condition("d.cell_id")
                + " GROUP BY d.state").params(params)
                .query(rs -> {
                    counts.put(DossierState.valueOf(rs.getString("state")), rs.getLong("n"));
                });
        return counts;
    }

    long attentionCount(SubtreeSql subtree, LocalDate today) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("today", today);
        return jdbc.sql("SELECT COUNT(*) FROM admission_dossier d WHERE " + subtree.condition("d.cell_id")
                + " AND d.open_person_id IS NOT NULL AND d.attention_on <= :today").params(params).query(Long.class)
                .single();
    }

    /**
     * Open dossiers under the organization (its subtree today, through the successors) whose next
     * step is overdue on the date. A join of the scope's organizations to the dossiers rather than
     * an IN: the database then plans it for the scope's size (half the work for a province).
     */
    long overdueCount(long organizationId, LocalDate today) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM organization_lineage l
                JOIN organization_subtree s ON s.descendant_id = l.successor_id
                JOIN admission_dossier d ON d.cell_id = l.organization_id
                WHERE s.ancestor_id = :root AND s.valid_from <= :today AND :today < s.valid_to
                  AND d.open_person_id IS NOT NULL AND d.state <> 'STOPPED' AND d.due_date < :today
                """).param("root", organizationId).param("today", today).query(Long.class).single();
    }

    /** Dossiers of the subtree with an admission decision and no ceremony yet, the earliest due first. */
    List<DossierRow> awaitingCeremony(SubtreeSql subtree, int limit) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        params.put("limit", limit);
        return jdbc.sql(SELECT + " WHERE " + subtree.condition("d.cell_id")
                + " AND d.state = 'ADMITTED' ORDER BY d.due_date, d.id LIMIT :limit").params(params)
                .query(DossierStore::map).list();
    }

    /** The dossiers with these ids, in the order of their ids. */
    List<DossierRow> findByIds(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " WHERE d.id IN (:ids) ORDER BY d.id").param("ids", List.copyOf(ids))
                .query(DossierStore::map).list();
    }

    /** Open dossiers with a deadline on or after the date. */
    List<Long> openDueFrom(LocalDate from) {
        return jdbc.sql("SELECT id FROM admission_dossier WHERE open_person_id IS NOT NULL AND due_date >= :from")
                .param("from", from).query(Long.class).list();
    }

    /** Open dossiers of the person still gathering papers (a new certificate changes their watch dates). */
    List<Long> preparingOf(long personId) {
        return jdbc.sql("SELECT id FROM admission_dossier WHERE open_person_id = :person AND state = 'PREPARING'")
                .param("person", personId).query(Long.class).list();
    }
}

package vn.ptdv.reporting.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the tallies of the landing pages of the whole Party and of a province (V79) equal to
 * what the reports' live queries
 * would count: for each organization of today's structure, what the history it carries
 * contributes by kind and day, and the sums of those contributions at two tiers below the
 * national organization: for each of its children (tier 1, the provinces: the national landing
 * page) and grandchildren (tier 2, their communes: a province's landing page), an organization
 * above a tier being its own top there.
 *
 * <p>When facts of some organizations change, or the tree does, the contributions of the
 * organizations that carry them are computed anew from the published views, compared with the
 * stored ones, and the differences added to the sums of their tops. The tops concerned are locked
 * first ({@code tally_top}), so that two transactions changing one province add their differences
 * one after the other, each from what the other committed. {@link #rebuild} computes everything
 * from the beginning ({@link TallyBuilder} at a start that finds them unbuilt, and the tests that
 * compare).
 */
@Component
class ReportTallies {
    /** The day of the figures that have none (the pool, the dossiers awaiting a decision). */
    static final LocalDate UNDATED = LocalDate.of(1900, 1, 1);
    private static final int CHUNK = 500;

    /** What each organization's history contributes: rows of organization_id, kind, day and n. */
    private static final String CONTRIBUTIONS = """
            SELECT x.organization_id, x.kind, x.dated, COUNT(*) AS n FROM (
                SELECT l.successor_id AS organization_id, 'DECIDED' AS kind, f.decision_date AS dated
                FROM admission_record_member f JOIN organization_lineage l ON l.organization_id = f.cell_id
                WHERE f.decision_date IS NOT NULL AND %1$s
                UNION ALL
                SELECT l.successor_id, 'DECIDED', f.decision_date
                FROM admission_record_dossier f JOIN organization_lineage l ON l.organization_id = f.cell_id
                WHERE f.decision_date IS NOT NULL AND %1$s
                UNION ALL
                SELECT l.successor_id, 'OPENED', f.opened_on
                FROM admission_fact f JOIN organization_lineage l ON l.organization_id = f.cell_id
                WHERE f.opened_on IS NOT NULL AND %1$s
                UNION ALL
                SELECT l.successor_id, 'RECOGNIZED', f.probation_end
                FROM admission_fact f JOIN organization_lineage l ON l.organization_id = f.cell_id
                WHERE f.state = 'OFFICIAL' AND f.probation_end IS NOT NULL AND %1$s
                UNION ALL
                SELECT l.successor_id, 'PENDING', CAST(:undated AS DATE)
                FROM admission_fact f JOIN organization_lineage l ON l.organization_id = f.cell_id
                WHERE f.state = 'PROPOSED' AND %1$s
                UNION ALL
                SELECT l.successor_id, 'DUE', f.due_date
                FROM admission_due_fact f JOIN organization_lineage l ON l.organization_id = f.cell_id
                WHERE %1$s
                UNION ALL
                SELECT l.successor_id, 'POOL', CAST(:undated AS DATE)
                FROM prospect_fact p JOIN organization_lineage l ON l.organization_id = p.organization_id
                WHERE p.status IN ('IN_POOL', 'ATTENDED_CLASS') AND %1$s
                UNION ALL
                SELECT l.successor_id, 'ATTENDED', p.attended_on
                FROM prospect_fact p JOIN organization_lineage l ON l.organization_id = p.organization_id
                WHERE p.attended_on IS NOT NULL AND %1$s
            ) x
            GROUP BY x.organization_id, x.kind, x.dated
            """;

    /**
     * The tops of each organization today: where its contribution is added at tier 1 ({@code
     * top_id}: the child of a national organization whose subtree holds it, or the national
     * organization itself) and at tier 2 ({@code part_id}: the grandchild, or the organization
     * itself above that depth). Rows of organization_id, top_id and part_id.
     */
    private static final String PLACES = """
            SELECT t1.organization_id, t1.top_id, t2.top_id AS part_id
            FROM (%1$s) t1 JOIN (%2$s) t2 ON t2.organization_id = t1.organization_id
            """;
    private static final String TOPS = """
            SELECT x.descendant_id AS organization_id, t.descendant_id AS top_id
            FROM organization_subtree t
            JOIN organization_directory r ON r.id = t.ancestor_id
            JOIN organization_subtree x ON x.ancestor_id = t.descendant_id
            WHERE r.type = 'CENTRAL' AND t.valid_from <= :today AND :today < t.valid_to
              AND x.valid_from <= :today AND :today < x.valid_to
              AND (t.depth = %1$d OR (t.depth < %1$d AND x.depth = 0)) AND %2$s
            """;

    private static String places(String condition) {
        return PLACES.formatted(TOPS.formatted(1, condition), TOPS.formatted(2, condition));
    }

    /** The first day of each cell: rows of organization_id and since. */
    private static final String CELLS = """
            SELECT o.id AS organization_id, MIN(x.valid_from) AS since
            FROM organization_directory o
            JOIN organization_subtree x ON x.ancestor_id = o.id AND x.descendant_id = o.id
            WHERE o.type IN ('CELL', 'GRASSROOTS_CELL') AND %s
            GROUP BY o.id
            """;

    /** The row of {@code tally_top} that stands for everything outside the whole Party's tree. */
    static final long OUTSIDE = 0;
    private final JdbcClient jdbc;
    private final Clock clock;

    ReportTallies(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * Computes every tally anew from the published views, as of {@code today}'s structure. Runs in
     * the caller's transaction.
     */
    static void rebuild(JdbcClient jdbc, LocalDate today) {
        // The tops' rows are locked, not replaced: a writer of another instance waits for the
        // rebuild to commit, then adds its change to the rebuilt tallies.
        jdbc.sql("SELECT top_id FROM tally_top ORDER BY top_id FOR UPDATE").query(Long.class).list();
        for (String table : List.of("tally_organization_day", "tally_organization", "tally_top_day",
                "tally_top_cell")) {
            jdbc.sql("DELETE FROM " + table).update();
        }
        jdbc.sql("INSERT INTO tally_organization_day (organization_id, kind, dated, n) "
                + CONTRIBUTIONS.formatted("1 = 1")).param("undated", UNDATED).update();
        jdbc.sql("""
                INSERT INTO tally_organization (organization_id, top_id, part_id, since, last_decision, pool)
                SELECT a.organization_id, p.top_id, p.part_id, c.since,
                       CASE WHEN c.since IS NULL THEN NULL ELSE COALESCE(d.last_decision, :undated) END,
                       COALESCE(q.pool, 0)
                FROM (SELECT organization_id FROM tally_organization_day
                      UNION SELECT organization_id FROM (%1$s) p0) a
                LEFT JOIN (%1$s) p ON p.organization_id = a.organization_id
                LEFT JOIN (%2$s) c ON c.organization_id = a.organization_id
                LEFT JOIN (SELECT organization_id, MAX(dated) AS last_decision FROM tally_organization_day
                           WHERE kind = 'DECIDED' GROUP BY organization_id) d ON d.organization_id = a.organization_id
                LEFT JOIN (SELECT organization_id, SUM(n) AS pool FROM tally_organization_day
                           WHERE kind = 'POOL' GROUP BY organization_id) q ON q.organization_id = a.organization_id
                """.formatted(places("1 = 1"), CELLS.formatted("1 = 1")))
                .param("today", today).param("undated", UNDATED).update();
        // Only the organizations with a place keep rows, as refresh keeps them.
        jdbc.sql("""
                DELETE FROM tally_organization_day WHERE NOT EXISTS (SELECT 1 FROM tally_organization o
                    WHERE o.organization_id = tally_organization_day.organization_id AND o.top_id IS NOT NULL)
                """).update();
        jdbc.sql("DELETE FROM tally_organization WHERE top_id IS NULL").update();
        jdbc.sql("INSERT INTO tally_top (top_id) " + NEW_TOPS).param("today", today).update();
        for (int tier = 1; tier <= 2; tier++) {
            String top = tier == 1 ? "o.top_id" : "o.part_id";
            jdbc.sql("""
                    INSERT INTO tally_top_day (tier, top_id, kind, dated, n)
                    SELECT %1$d, %2$s, d.kind, d.dated, SUM(d.n)
                    FROM tally_organization_day d JOIN tally_organization o ON o.organization_id = d.organization_id
                    WHERE %2$s IS NOT NULL
                    GROUP BY %2$s, d.kind, d.dated
                    """.formatted(tier, top)).update();
            jdbc.sql("""
                    INSERT INTO tally_top_cell (tier, top_id, since, last_decision, n)
                    SELECT %2$d, %1$s, o.since, o.last_decision, COUNT(*) FROM tally_organization o
                    WHERE %1$s IS NOT NULL AND o.since IS NOT NULL
                    GROUP BY %1$s, o.since, o.last_decision
                    """.formatted(top, tier)).update();
        }
    }

    /** The tops of tier 1 today (the national organizations and their children) without a row. */
    private static final String NEW_TOPS = """
            SELECT DISTINCT t.descendant_id FROM organization_subtree t
            JOIN organization_directory r ON r.id = t.ancestor_id
            WHERE r.type = 'CENTRAL' AND t.depth <= 1 AND t.valid_from <= :today AND :today < t.valid_to
              AND NOT EXISTS (SELECT 1 FROM tally_top x WHERE x.top_id = t.descendant_id)
            """;

    /**
     * The facts registered to these organizations changed, or the tree did around them: the
     * contributions of the organizations that carry their history today (and of themselves, if
     * they carried some before) are computed anew and their differences added to the tops.
     * Runs in the caller's transaction.
     */
    void refresh(Collection<Long> organizationIds) {
        if (organizationIds.isEmpty()) {
            return;
        }
        // Every top concerned is locked before any is changed, in one order for all transactions.
        // Where the organizations stand is read again once the locks are held: a restructuring
        // that held one of them may have committed meanwhile and put them under another top, which
        // is then locked too (out of order: a rare deadlock, which the database breaks, is the price).
        LocalDate today = LocalDate.now(clock);
        Set<Long> locked = new TreeSet<>();
        while (true) {
            Set<Long> carriers = new TreeSet<>(organizationIds);
            for (List<Long> chunk : chunks(List.copyOf(organizationIds))) {
                carriers.addAll(jdbc.sql("SELECT successor_id FROM organization_lineage WHERE organization_id IN (:ids)")
                        .param("ids", chunk).query(Long.class).list());
            }
            Map<Long, Place> places = new HashMap<>();
            Set<Long> toLock = new TreeSet<>();
            List<List<Long>> chunks = chunks(List.copyOf(carriers));
            for (List<Long> chunk : chunks) {
                jdbc.sql(places("x.descendant_id IN (:ids)")).param("today", today).param("ids", chunk)
                        .query(rs -> {
                            places.put(rs.getLong("organization_id"),
                                    new Place(rs.getLong("top_id"), rs.getLong("part_id")));
                        });
                toLock.addAll(jdbc.sql("SELECT top_id FROM tally_organization WHERE organization_id IN (:ids) "
                        + "AND top_id IS NOT NULL").param("ids", chunk).query(Long.class).list());
            }
            places.values().forEach(place -> toLock.add(place.top()));
            if (!places.keySet().containsAll(carriers)) {
                toLock.add(OUTSIDE);
            }
            toLock.removeAll(locked);
            if (toLock.isEmpty()) {
                for (List<Long> chunk : chunks) {
                    refreshCarriers(chunk, places);
                }
                return;
            }
            lockTops(toLock);
            locked.addAll(toLock);
        }
    }

    /** The cells of these people's dossiers (a member record of theirs decides whether a decided dossier counts). */
    Set<Long> cellsOfDossiers(Collection<Long> personIds) {
        Set<Long> cells = new TreeSet<>();
        for (List<Long> chunk : chunks(List.copyOf(personIds))) {
            cells.addAll(jdbc.sql("SELECT DISTINCT cell_id FROM admission_fact WHERE person_id IN (:ids) "
                    + "AND decision_date IS NOT NULL").param("ids", chunk).query(Long.class).list());
        }
        return cells;
    }

    /** The organizations under these today or before (the tree changed around them), and themselves. */
    Set<Long> withSubtrees(Collection<Long> organizationIds) {
        Set<Long> all = new TreeSet<>(organizationIds);
        for (List<Long> chunk : chunks(List.copyOf(organizationIds))) {
            all.addAll(jdbc.sql("SELECT DISTINCT descendant_id FROM organization_subtree WHERE ancestor_id IN (:ids)")
                    .param("ids", chunk).query(Long.class).list());
        }
        return all;
    }

    /**
     * A change of the tree waits for the writes outside the whole Party's tree, and they for it:
     * it may bring their organizations in, counted from what they committed, or by them once they
     * find their place.
     */
    void lockOutside() {
        lockTops(Set.of(OUTSIDE));
    }

    /** Tops that appeared with a change of the tree get their row (the tree's lock is held). */
    void addNewTops() {
        jdbc.sql("INSERT INTO tally_top (top_id) " + NEW_TOPS).param("today", LocalDate.now(clock)).update();
    }

    /** Where an organization's contribution is added: its top of tier 1 and of tier 2. */
    private record Place(long top, long part) {
    }

    private record State(Place place, LocalDate since, LocalDate last, long pool) {
    }

    private record Row(String kind, LocalDate day, long n) {
    }

    private record DayKey(int tier, long top, String kind, LocalDate day) {
    }

    private record CellKey(int tier, long top, LocalDate since, LocalDate last) {
    }

    private void refreshCarriers(List<Long> ids, Map<Long, Place> places) {
        Map<Long, State> old = new HashMap<>();
        jdbc.sql("SELECT organization_id, top_id, part_id, since, last_decision, pool FROM tally_organization "
                + "WHERE organization_id IN (:ids)").param("ids", ids).query(rs -> {
                    long top = rs.getLong("top_id");
                    Place place = rs.wasNull() ? null : new Place(top, rs.getLong("part_id"));
                    old.put(rs.getLong("organization_id"), new State(place, rs.getObject("since", LocalDate.class),
                            rs.getObject("last_decision", LocalDate.class), rs.getLong("pool")));
                });
        Map<Long, List<Row>> oldRows = rows("SELECT organization_id, kind, dated, n FROM tally_organization_day "
                + "WHERE organization_id IN (:ids)", ids);
        Map<Long, List<Row>> newRows = rows(CONTRIBUTIONS.formatted("l.successor_id IN (:ids)"), ids);
        Map<Long, LocalDate> since = new HashMap<>();
        jdbc.sql(CELLS.formatted("o.id IN (:ids)")).param("ids", ids)
                .query(rs -> {
                    since.put(rs.getLong("organization_id"), rs.getObject("since", LocalDate.class));
                });

        Map<DayKey, Long> days = new TreeMap<>(Comparator.comparing(DayKey::tier).thenComparing(DayKey::top)
                .thenComparing(DayKey::kind).thenComparing(DayKey::day));
        Map<CellKey, Long> cells = new TreeMap<>(Comparator.comparing(CellKey::tier).thenComparing(CellKey::top)
                .thenComparing(CellKey::since).thenComparing(CellKey::last));
        List<State> states = new ArrayList<>();
        List<Long> stateIds = new ArrayList<>();
        for (long id : ids) {
            State before = old.get(id);
            if (before != null && before.place() != null) {
                count(days, cells, before.place(), oldRows.getOrDefault(id, List.of()), before.since(), before.last(),
                        -1);
            }
            Place place = places.get(id);
            List<Row> contribution = newRows.getOrDefault(id, List.of());
            LocalDate first = since.get(id);
            LocalDate last = first == null ? null : contribution.stream().filter(r -> r.kind().equals("DECIDED"))
                    .map(Row::day).max(LocalDate::compareTo).orElse(UNDATED);
            if (place != null) {
                count(days, cells, place, contribution, first, last, 1);
            }
            if (place != null) {
                states.add(new State(place, first, last, contribution.stream().filter(r -> r.kind().equals("POOL"))
                        .mapToLong(Row::n).sum()));
                stateIds.add(id);
            }
        }

        jdbc.sql("DELETE FROM tally_organization_day WHERE organization_id IN (:ids)").param("ids", ids).update();
        jdbc.sql("DELETE FROM tally_organization WHERE organization_id IN (:ids)").param("ids", ids).update();
        // An organization outside the tree of the whole Party (none has a place) is counted nowhere
        // and keeps no rows (its writers meet only on the row OUTSIDE, not on its keys).
        newRows.forEach((id, contribution) -> {
            if (places.containsKey(id)) {
                contribution.forEach(r -> jdbc.sql("INSERT INTO tally_organization_day (organization_id, kind, dated, n) "
                        + "VALUES (:id, :kind, :day, :n)")
                        .param("id", id).param("kind", r.kind()).param("day", r.day()).param("n", r.n()).update());
            }
        });
        for (int i = 0; i < states.size(); i++) {
            State s = states.get(i);
            jdbc.sql("INSERT INTO tally_organization (organization_id, top_id, part_id, since, last_decision, pool) "
                    + "VALUES (:id, :top, :part, :since, :last, :pool)")
                    .param("id", stateIds.get(i)).param("top", s.place() == null ? null : s.place().top())
                    .param("part", s.place() == null ? null : s.place().part())
                    .param("since", s.since()).param("last", s.last()).param("pool", s.pool()).update();
        }
        days.forEach((key, delta) -> {
            if (delta != 0) {
                add("tally_top_day", "kind = :a AND dated = :b", key.tier(), key.top(), key.kind(), key.day(), delta);
            }
        });
        cells.forEach((key, delta) -> {
            if (delta != 0) {
                add("tally_top_cell", "since = :a AND last_decision = :b", key.tier(), key.top(), key.since(),
                        key.last(), delta);
            }
        });
    }

    /** Adds (sign 1) or takes away (-1) an organization's contribution at both tiers of its place. */
    private static void count(Map<DayKey, Long> days, Map<CellKey, Long> cells, Place place, List<Row> contribution,
            LocalDate since, LocalDate last, int sign) {
        for (int tier = 1; tier <= 2; tier++) {
            long top = tier == 1 ? place.top() : place.part();
            for (Row r : contribution) {
                days.merge(new DayKey(tier, top, r.kind(), r.day()), sign * r.n(), Long::sum);
            }
            if (since != null) {
                cells.merge(new CellKey(tier, top, since, last), (long) sign, Long::sum);
            }
        }
    }

    /** Adds {@code delta} to the row of the key (created if absent, removed when it reaches nothing). */
    private void add(String table, String keyCondition, int tier, long top, Object a, Object b, long delta) {
        String where = " WHERE tier = :tier AND top_id = :top AND " + keyCondition;
        int updated = jdbc.sql("UPDATE " + table + " SET n = n + :delta" + where).param("delta", delta)
                .param("tier", tier).param("top", top).param("a", a).param("b", b).update();
        if (updated == 0) {
            String columns = table.equals("tally_top_day") ? "kind, dated" : "since, last_decision";
            jdbc.sql("INSERT INTO " + table + " (tier, top_id, " + columns + ", n) "
                    + "VALUES (:tier, :top, :a, :b, :delta)")
                    .param("tier", tier).param("top", top).param("a", a).param("b", b).param("delta", delta).update();
        } else {
            jdbc.sql("DELETE FROM " + table + where + " AND n = 0").param("tier", tier).param("top", top)
                    .param("a", a).param("b", b).update();
        }
    }

    /** Locks the tops' rows in their order, creating those missing. */
    private void lockTops(Set<Long> tops) {
        if (tops.isEmpty()) {
            return;
        }
        List<Long> locked = jdbc.sql("SELECT top_id FROM tally_top WHERE top_id IN (:tops) ORDER BY top_id FOR UPDATE")
                .param("tops", List.copyOf(tops)).query(Long.class).list();
        for (long top : tops) {
            if (!locked.contains(top)) {
                jdbc.sql("INSERT INTO tally_top (top_id) VALUES (:top)").param("top", top).update();
            }
        }
    }

    private Map<Long, List<Row>> rows(String sql, List<Long> ids) {
        Map<Long, List<Row>> rows = new HashMap<>();
        jdbc.sql(sql).param("ids", ids).param("undated", UNDATED).query(rs -> {
            rows.computeIfAbsent(rs.getLong("organization_id"), k -> new ArrayList<>())
                    .add(new Row(rs.getString("kind"), rs.getObject("dated", LocalDate.class), rs.getLong("n")));
        });
        return rows;
    }

    private static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            chunks.add(ids.subList(i, Math.min(ids.size(), i + CHUNK)));
        }
        return chunks;
    }
}

package vn.ptdv.membership.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The days the anonymization ran. A run claims its day by inserting the day's row, committed at
 * once: the primary key lets exactly one of several instances claim a day (the others' inserts
 * fail, on PostgreSQL after waiting for the first to commit), with no lock held during the work and
 * nothing to clean up when an instance dies — its day stays claimed, unfinished, and the next day's
 * run takes up everyone it missed.
 */
@Repository
class AnonymizationRuns {
    private final JdbcClient jdbc;

    AnonymizationRuns(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One run: its day, when it started and finished, the retention it applied and how many people it anonymized. */
    record Run(LocalDate day, OffsetDateTime startedAt, OffsetDateTime finishedAt, int retentionYears, Integer people) {
    }

    /** Claims the day for this instance; false when another instance (or an earlier run) has it. Call outside a transaction. */
    boolean claim(LocalDate day, OffsetDateTime now, int retentionYears) {
        try {
            return jdbc.sql("""
                    INSERT INTO anonymization_run (run_day, started_at, retention_years) VALUES (:day, :now, :years)
                    """).param("day", day).param("now", now).param("years", retentionYears).update() == 1;
        } catch (DataAccessException refused) {
            if (jdbc.sql("SELECT COUNT(*) FROM anonymization_run WHERE run_day = :day").param("day", day)
                    .query(Long.class).single() > 0) {
                return false;
            }
            throw refused;
        }
    }

    void finish(LocalDate day, OffsetDateTime now, int people) {
        jdbc.sql("UPDATE anonymization_run SET finished_at = :now, people = :people WHERE run_day = :day")
                .param("now", now).param("people", people).param("day", day).update();
    }

    List<Run> latest(int count) {
        return jdbc.sql("""
                SELECT run_day, started_at, finished_at, retention_years, people FROM anonymization_run
                ORDER BY run_day DESC LIMIT :count
                """).param("count", count)
                .query((rs, n) -> new Run(rs.getObject(1, LocalDate.class), rs.getObject(2, OffsetDateTime.class),
                        rs.getObject(3, OffsetDateTime.class), rs.getInt(4), rs.getObject(5, Integer.class)))
                .list();
    }
}

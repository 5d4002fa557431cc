package vn.ptdv.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.planning.Term;

/** SQL of terms of office. */
@Repository
class TermStore {
    private final JdbcClient jdbc;

    TermStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Term term, OffsetDateTime now, String user) {
        jdbc.sql("""
                INSERT INTO term (code, name, start_date, end_date, created_at, created_by)
                VALUES (:code, :name, :start, :end, :now, :user)
                """).param("code", term.code()).param("name", term.name()).param("start", term.startDate())
                .param("end", term.endDate()).param("now", now).param("user", user).update();
    }

    /** Every term, the latest first. */
    List<Term> all() {
        return jdbc.sql("SELECT code, name, start_date, end_date FROM term ORDER BY start_date DESC, code")
                .query(TermStore::map).list();
    }

    Optional<Term> find(String code) {
        return jdbc.sql("SELECT code, name, start_date, end_date FROM term WHERE code = :code").param("code", code)
                .query(TermStore::map).optional();
    }

    private static Term map(ResultSet rs, int n) throws SQLException {
        return new Term(rs.getString("code"), rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class));
    }
}

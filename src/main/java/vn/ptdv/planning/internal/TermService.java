package vn.ptdv.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.planning.Term;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.Role;

/** Terms of office: the congress terms that targets are set for. Set by an administrator or a department. */
@Service
class TermService {
    private static final Pattern CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{1,19}");
    static final int MAX_YEARS = 6;

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final Clock clock;

    TermService(JdbcClient jdbc, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.clock = clock;
    }

    record TermInput(String code, String name, String startDate, String endDate) {
    }

    static boolean mayManage(Role role) {
        return role == Role.ADMIN || role == Role.ORG_DEPARTMENT;
    }

    @Transactional
    Term create(TermInput input, DateInput dateInput) {
        if (!mayManage(CurrentUser.require().role())) {
            throw new ForbiddenException("term.forbidden");
        }
        Problems problems = new Problems("term");
        String code = problems.required("code", input.code());
        if (code != null && !CODE.matcher(code).matches()) {
            problems.malformed("code", "term.code.pattern", code);
        }
        String name = problems.maxLength("name", problems.required("name", input.name()), 255);
        LocalDate start = problems.date("startDate", input.startDate(), true, dateInput);
        LocalDate end = problems.date("endDate", input.endDate(), true, dateInput);
        if (start != null && end != null) {
            if (!end.isAfter(start)) {
                problems.refuse("endDate", "term.end.notAfterStart", VietnameseDates.format(start));
            } else if (end.isAfter(start.plusYears(MAX_YEARS))) {
                problems.refuse("endDate", "term.end.tooLong", MAX_YEARS);
            }
        }
        if (code != null && find(code).isPresent()) {
            problems.refuse("code", "term.code.taken", code);
        }
        problems.throwIfAny();
        jdbc.sql("""
                INSERT INTO term (code, name, start_date, end_date, created_at, created_by)
                VALUES (:code, :name, :start, :end, :now, :user)
                """).param("code", code).param("name", name).param("start", start).param("end", end)
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("user", CurrentUser.require().username()).update();
        audit.record("TERM_CREATED", "term", code, null, "name=" + name);
        return new Term(code, name, start, end);
    }

    List<Term> all() {
        return jdbc.sql("SELECT code, name, start_date, end_date FROM term ORDER BY start_date DESC, code")
                .query(TermService::map).list();
    }

    /**
     * The term a page or a report asks about: the one with this code (not found otherwise), or
     * when none is named, the term the date falls in, else the latest.
     */
    Term resolve(String code, LocalDate date) {
        String text = Problems.optional(code);
        if (text != null) {
            return find(text).orElseThrow(() -> new NotFoundException("term.notFound", text));
        }
        List<Term> terms = all();
        return terms.stream().filter(t -> t.contains(date)).findFirst().or(() -> terms.stream().findFirst())
                .orElseThrow(() -> new NotFoundException("term.none"));
    }

    Optional<Term> find(String code) {
        return jdbc.sql("SELECT code, name, start_date, end_date FROM term WHERE code = :code").param("code", code)
                .query(TermService::map).optional();
    }

    private static Term map(ResultSet rs, int n) throws SQLException {
        return new Term(rs.getString("code"), rs.getString("name"), rs.getObject("start_date", LocalDate.class),
                rs.getObject("end_date", LocalDate.class));
    }
}

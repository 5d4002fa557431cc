package vn.ptdv.planning.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.planning.NewTerm;
import vn.ptdv.planning.Term;
import vn.ptdv.planning.Terms;
import vn.ptdv.shared.CurrentUser;
import vn.ptdv.shared.ForbiddenException;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.Role;

/** Terms of office: the congress terms that targets are set for. Set by an administrator or a department. */
@Service
class TermService implements Terms {
    static final int MAX_YEARS = 6;

    private final TermStore store;
    private final AccessScope scope;
    private final AuditLog audit;
    private final Clock clock;

    TermService(TermStore store, AccessScope scope, AuditLog audit, Clock clock) {
        this.store = store;
        this.scope = scope;
        this.audit = audit;
        this.clock = clock;
    }

    static boolean mayManage(Role role) {
        return role == Role.ADMIN || role == Role.ORG_DEPARTMENT;
    }

    /** A term ends after it starts and lasts at most {@value #MAX_YEARS} years; its code is unique. */
    @Transactional
    @Override
    public Term create(NewTerm input) {
        CurrentUser user = requireManager();
        Problems problems = new Problems("term");
        LocalDate start = input.startDate();
        LocalDate end = input.endDate();
        if (!end.isAfter(start)) {
            problems.refuse("endDate", "term.end.notAfterStart", VietnameseDates.format(start));
        } else if (end.isAfter(start.plusYears(MAX_YEARS))) {
            problems.refuse("endDate", "term.end.tooLong", MAX_YEARS);
        }
        if (store.find(input.code()).isPresent()) {
            problems.refuse("code", "term.code.taken", input.code());
        }
        problems.throwIfAny();
        Term term = new Term(input.code(), input.name(), start, end);
        store.insert(term, OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC), user.username());
        audit.record("TERM_CREATED", "term", term.code(), null, "name=" + term.name());
        return term;
    }

    /** The signed-in user, if an administrator or the organization department; forbidden otherwise. */
    CurrentUser requireManager() {
        CurrentUser user = scope.user();
        if (!mayManage(user.role())) {
            throw new ForbiddenException("term.forbidden");
        }
        return user;
    }

    @Override
    public List<Term> all() {
        return store.all();
    }

    @Override
    public Term resolve(String code, LocalDate date) {
        String text = Problems.optional(code);
        if (text != null) {
            return find(text).orElseThrow(() -> new NotFoundException("term.notFound", text));
        }
        List<Term> terms = all();
        return terms.stream().filter(t -> t.contains(date)).findFirst().or(() -> terms.stream().findFirst())
                .orElseThrow(() -> new NotFoundException("term.none"));
    }

    @Override
    public Optional<Term> find(String code) {
        return store.find(code);
    }
}

package vn.ptdv.planning.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.planning.AssignCadre;
import vn.ptdv.planning.AssignmentRole;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.NewDirective;
import vn.ptdv.planning.NewTerm;
import vn.ptdv.planning.NumberSymbol;
import vn.ptdv.planning.SetTarget;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;

/**
 * What the planning pages and the API receive, as typed (every value text, so that a wrong one is
 * shown back under its field), and how each is read into its command at the edge.
 */
final class PlanningForms {
    static final Pattern TERM_CODE = Pattern.compile("[0-9A-Za-z][0-9A-Za-z-]{1,19}");
    static final int MAX_NAME = 255;
    static final int MAX_TITLE = 500;
    static final int MAX_ADMISSIONS = 1_000_000;

    private PlanningForms() {
    }

    /** A term of office to add. */
    record TermForm(String code, String name, String startDate, String endDate) {

        static TermForm blank() {
            return new TermForm(null, null, null, null);
        }

        NewTerm parse(DateInput dateInput) {
            Problems problems = new Problems("term");
            String text = problems.required("code", code);
            if (text != null && !TERM_CODE.matcher(text).matches()) {
                problems.malformed("code", "term.code.pattern", text);
            }
            String title = problems.maxLength("name", SearchText.normalizeName(problems.required("name", name)),
                    MAX_NAME);
            LocalDate start = problems.date("startDate", startDate, true, dateInput);
            LocalDate end = problems.date("endDate", endDate, true, dateInput);
            problems.throwIfAny();
            return new NewTerm(text, title, start, end);
        }
    }

    /** A directive to record, by its number and symbol as written on it ("12-KH/TU"). */
    record DirectiveForm(String numberSymbol, String type, String issuedOn, String issuerCode, String title) {

        /** An empty form for a plan of the organization. */
        static DirectiveForm blank(String issuerCode) {
            return new DirectiveForm(null, DirectiveType.PLAN.name(), null, issuerCode, null);
        }

        NewDirective parse(DateInput dateInput) {
            Problems problems = new Problems("directive");
            String text = problems.required("numberSymbol", numberSymbol);
            NumberSymbol symbol = null;
            if (text != null) {
                try {
                    symbol = NumberSymbol.parse(text);
                } catch (NumberSymbol.InvalidNumberSymbol e) {
                    problems.malformed("numberSymbol", e.messageKey(), NumberSymbol.normalize(text));
                }
            }
            DirectiveType kind = problems.oneOf("type", type, DirectiveType.class, true);
            LocalDate issued = problems.date("issuedOn", issuedOn, true, dateInput);
            String summary = problems.maxLength("title", SearchText.normalizeName(problems.required("title", title)),
                    MAX_TITLE);
            String issuer = problems.required("issuerCode", issuerCode);
            problems.throwIfAny();
            return new NewDirective(symbol, kind, issued, issuer, summary);
        }
    }

    /** One target sent to the API: of the term ({@code year} absent) or a year. */
    record TargetForm(String organizationCode, String termCode, Integer year, String admissions, Long directiveId,
            Integer version) {

        SetTarget parse() {
            Problems problems = new Problems("target");
            String organization = problems.required("organizationCode", organizationCode);
            String term = problems.required("termCode", termCode);
            Integer count = PlanningForms.admissions(problems, admissions);
            problems.throwIfAny();
            return new SetTarget(organization, term, year, count, directiveId, version);
        }
    }

    /** A row of the allocation table: an organization and its target. */
    record TargetRowForm(String organizationCode, String name, String admissions) {
    }

    /** The allocation table of a page: the organization and its children, for the term or a year. */
    record TargetsForm(String termCode, Integer year, Long directiveId, List<TargetRowForm> rows) {
        TargetsForm {
            rows = rows == null ? List.of() : rows;
        }

        /** The filled rows as targets of the term asked ({@code termCode} as resolved); problems under {@code rows[i].}. */
        Allocation parse(String resolvedTermCode) {
            Problems problems = new Problems("target");
            List<SetTarget> targets = new ArrayList<>();
            List<Integer> filled = new ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                TargetRowForm row = rows.get(i);
                if (Problems.optional(row.admissions()) == null) {
                    continue;
                }
                Problems rowProblems = new Problems("target");
                String organization = rowProblems.required("organizationCode", row.organizationCode());
                Integer count = PlanningForms.admissions(rowProblems, row.admissions());
                problems.absorb(rowProblems, "rows[" + i + "].");
                if (rowProblems.isEmpty()) {
                    targets.add(new SetTarget(organization, resolvedTermCode, year, count, directiveId, null));
                    filled.add(i);
                }
            }
            problems.throwIfAny();
            return new Allocation(targets, filled);
        }
    }

    /** The targets of the filled rows, and the row of the table each came from. */
    record Allocation(List<SetTarget> targets, List<Integer> rows) {

        /** Saves the targets; a refusal of the k-th target is shown on its row, under the row's input. */
        <T> T save(Function<List<SetTarget>, T> saving) {
            try {
                return saving.apply(targets);
            } catch (InvalidInputException refused) {
                throw new InvalidInputException(refused.problems().stream().map(this::onRow).toList());
            }
        }

        private FieldProblem onRow(FieldProblem problem) {
            String field = problem.field();
            for (int k = 0; k < rows.size(); k++) {
                String prefix = "rows[" + k + "].";
                if (field.startsWith(prefix)) {
                    String rest = field.substring(prefix.length());
                    field = "rows[" + rows.get(k) + "]." + (rest.equals("organizationCode") ? "admissions" : rest);
                    break;
                }
            }
            return new FieldProblem(field, problem.labelKey(), problem.messageKey(), problem.args(),
                    problem.malformed());
        }
    }

    /** A cadre to assign, as chosen on a page: the member's id from a list, or typed. */
    record AssignmentForm(String memberId, String cellCode, String role, String from, String to) {

        /** An empty form: a supervision from today. */
        static AssignmentForm blank(LocalDate today) {
            return new AssignmentForm(null, null, AssignmentRole.SUPERVISE.name(), VietnameseDates.format(today), null);
        }

        AssignCadre parse() {
            Problems problems = new Problems("assignment");
            Long member = problems.id("memberId", memberId, true);
            return assignment(problems, member, cellCode, role, from, to, null, DateInput.PAGE);
        }
    }

    /** A cadre to assign, as sent to the API. */
    record AssignmentRequest(Long memberId, String cellCode, String role, String from, String to, Long directiveId) {

        AssignCadre parse() {
            Problems problems = new Problems("assignment");
            if (memberId == null) {
                problems.malformed("memberId", "validation.required");
            }
            return assignment(problems, memberId, cellCode, role, from, to, directiveId, DateInput.API);
        }
    }

    private static AssignCadre assignment(Problems problems, Long memberId, String cellCode, String role, String from,
            String to, Long directiveId, DateInput dateInput) {
        String cell = problems.required("cellCode", cellCode);
        AssignmentRole kind = problems.oneOf("role", role, AssignmentRole.class, true);
        LocalDate start = problems.date("from", from, true, dateInput);
        LocalDate end = problems.date("to", to, false, dateInput);
        problems.throwIfAny();
        return new AssignCadre(memberId, cell, kind, start, end, directiveId);
    }

    /** A number of admissions: a whole number from 0 up to {@value #MAX_ADMISSIONS}. */
    private static Integer admissions(Problems problems, String value) {
        return problems.wholeNumber("admissions", value, 0, MAX_ADMISSIONS, true);
    }
}

package vn.ptdv.audit;

import java.time.LocalDate;
import java.util.Locale;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * The audit search as typed on the page or in the API's query: the person's id, the account, the
 * organization's code, the kind of entry and the period (both ends inclusive). Every value is
 * optional.
 */
public record AuditFilter(String person, String user, String organization, String kind, String from, String to) {
    static final int MAX_TEXT = 100;

    public static AuditFilter none() {
        return new AuditFilter(null, null, null, null, null, null);
    }

    /** Reads the filter into a query, every malformed value refused at once (400) with its field. */
    public AuditQuery parse(DateInput input) {
        Problems problems = new Problems("audit");
        Long personId = problems.id("person", person, false);
        String username = problems.maxLength("user", Problems.optional(user), 64);
        String organizationCode = problems.maxLength("organization", Problems.optional(organization), MAX_TEXT);
        String kindText = Problems.optional(kind);
        if (kindText != null && !kindText.matches("[A-Z][A-Z_]{0,63}")) {
            problems.malformed("kind", "audit.kind.unknown", kindText);
            kindText = null;
        }
        LocalDate fromDate = problems.date("from", from, false, input);
        LocalDate toDate = problems.date("to", to, false, input);
        if (fromDate != null && toDate != null && toDate.isBefore(fromDate)) {
            problems.malformed("to", "audit.period.reversed", Problems.term("audit.field.from"));
        }
        problems.throwIfAny();
        return new AuditQuery(personId, username == null ? null : username.toLowerCase(Locale.ROOT), organizationCode,
                kindText, fromDate, toDate);
    }
}

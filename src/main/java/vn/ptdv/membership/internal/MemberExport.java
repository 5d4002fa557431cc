package vn.ptdv.membership.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.membership.Ethnicity;
import vn.ptdv.membership.OccupationCategory;
import vn.ptdv.membership.PoliticalTheoryLevel;
import vn.ptdv.membership.ProfessionalLevel;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.table.Table;

/**
 * The members list as a workbook: the columns of the members import, so that the export of a
 * list is a valid import and importing it again changes nothing. Full national ID numbers are
 * written for roles that may change data (the export is recorded in the audit log); a viewer's
 * export shows them masked, as the list does.
 */
@Component
class MemberExport {
    private static final java.util.Set<String> DATES = java.util.Set.of(MemberImport.PERSON + "birthDate", "decidedOn", "admittedOn",
            "officialOn", "memberSince", "end.date");

    private final MembershipQueries queries;
    private final MemberImport kind;
    private final AccessScope scope;
    private final Messages messages;

    MemberExport(MembershipQueries queries, MemberImport kind, AccessScope scope, Messages messages) {
        this.queries = queries;
        this.kind = kind;
        this.scope = scope;
        this.messages = messages;
    }

    @Transactional(readOnly = true)
    Table table(MembershipReports.Question question, MembershipQueries.Filter filter) {
        List<ImportColumn> columns = kind.columns();
        Table.Builder table = Table.builder(messages.text("member.export.title", question.organizationName(),
                VietnameseDates.format(question.date())), kind.sheetName());
        table.caption(messages.text("member.export.caption", question.organization().code(),
                messages.text(question.structure().messageKey())));
        List<String> filters = new ArrayList<>();
        if (filter.status() != null) {
            filters.add(messages.text(filter.status().messageKey()));
        }
        if (filter.gender() != null) {
            filters.add(messages.text(filter.gender().messageKey()));
        }
        if (filter.ageBand() != null) {
            filters.add(messages.text(filter.ageBand().messageKey()));
        }
        if (!filters.isEmpty()) {
            table.caption(messages.text("member.export.filters", String.join(", ", filters)));
        }
        for (ImportColumn column : columns) {
            table.column(DATES.contains(column.field()) ? Table.Column.date(column.header())
                    : Table.Column.text(column.header()));
        }
        boolean full = scope.user().role().canWrite();
        for (MembershipQueries.ExportRow r : queries.exportRows(question.subtree(), question.date(), filter)) {
            boolean decisionKnown = !"CEREMONY_ONLY".equals(r.admissionDates());
            boolean ceremonyKnown = !"DECISION_ONLY".equals(r.admissionDates());
            boolean movedHere = r.memberSince().isAfter(r.admittedOn());
            table.row(r.fullName(), r.birthDate(), messages.text(r.gender().messageKey()),
                    full ? r.nationalId() : NationalIdCheck.mask(r.nationalId()),
                    messages.text(Ethnicity.messageKey(r.ethnicity())),
                    r.religion() == Religion.NONE ? null : messages.text(r.religion().messageKey()),
                    r.generalEducation(), r.qualification(), r.occupation(), r.residenceAddress(), r.phone(),
                    named(r.occupationCategory(), c -> OccupationCategory.valueOf(c).messageKey()),
                    named(r.professionalLevel(), c -> ProfessionalLevel.valueOf(c).messageKey()),
                    named(r.politicalTheory(), c -> PoliticalTheoryLevel.valueOf(c).messageKey()),
                    r.youthUnionMember() == null ? null
                            : messages.text(r.youthUnionMember() ? "import.person.yes" : "import.person.no"),
                    r.cellCode(), decisionKnown ? r.decidedOn() : null, ceremonyKnown ? r.admittedOn() : null,
                    r.officialOn(), r.card(), movedHere ? r.memberSince() : null,
                    r.admittingCode().equals(r.cellCode()) || r.arrivedFrom() != null ? null : r.admittingCode(),
                    r.arrivedFrom(), null, null, null);
        }
        return table.build();
    }

    /** The Vietnamese name of a stored code, as the import's drop-down offers it; empty when not recorded. */
    private String named(String code, UnaryOperator<String> messageKey) {
        return code == null ? null : messages.text(messageKey.apply(code));
    }
}

package vn.ptdv.prospect.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.exchange.ImportBatch;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.exchange.ImportColumn.Choice;
import vn.ptdv.exchange.ImportCounts;
import vn.ptdv.exchange.ImportKind;
import vn.ptdv.exchange.ImportRow;
import vn.ptdv.exchange.RowProblems;
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonImportColumns;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.prospect.ListProspect;
import vn.ptdv.prospect.ProspectCategory;
import vn.ptdv.prospect.ProspectChannel;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;

/**
 * The candidate pool from a workbook: one row a person listed in an organization's pool, with
 * the day they were listed, who introduced them and their priority categories. A person already
 * in ptdv (by the national ID number) who is in that pool already is left as they are; otherwise
 * they are listed by the rules of the pool's pages, row by row, inside the import's one
 * transaction — a file with a problem leaves nothing behind.
 */
@Component
class ProspectImport implements ImportKind {
    private final ProspectService prospects;
    private final ProspectStore store;
    private final People people;
    private final Messages messages;

    ProspectImport(ProspectService prospects, ProspectStore store, People people, Messages messages) {
        this.prospects = prospects;
        this.store = store;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public String code() {
        return "prospects";
    }

    @Override
    public String title() {
        return messages.text("import.kind.prospects");
    }

    @Override
    public String sheetName() {
        return messages.text("import.prospects.sheet");
    }

    @Override
    public String explanation() {
        return messages.text("import.prospects.explanation");
    }

    @Override
    public List<ImportColumn> columns() {
        List<Choice> channels = Arrays.stream(ProspectChannel.values())
                .map(c -> new Choice(c.name(), messages.text(c.messageKey()))).toList();
        List<ImportColumn> columns = new ArrayList<>(PersonImportColumns.columns(messages));
        columns.add(column(true, "organizationCode", "BM-X-ANPHU-TH02"));
        columns.add(column(true, "since", "15/01/2026"));
        columns.add(column(true, "channel", messages.text(ProspectChannel.YOUTH_UNION.messageKey())).coded(channels));
        columns.add(column(false, "categories", messages.text(ProspectCategory.YOUTH_UNION_MEMBER.messageKey()) + "; "
                + messages.text(ProspectCategory.YOUNG_INTELLECTUAL.messageKey())));
        return columns;
    }

    private ImportColumn column(boolean required, String field, String example) {
        String key = "import.prospects.column." + field;
        return new ImportColumn(messages.text(key), field, required, messages.text(key + ".help"), List.of(),
                example);
    }

    @Override
    public ImportBatch begin() {
        return new Batch();
    }

    private record Pending(ImportRow row, ListProspect prospect, String nationalId) {
    }

    private final class Batch implements ImportBatch {
        private final List<Pending> rows = new ArrayList<>();
        private int created;
        private int unchanged;

        @Override
        public void add(ImportRow row, RowProblems problems) {
            String organization = row.get("organizationCode");
            List<String> categories = new ArrayList<>();
            String typed = row.get("categories");
            if (typed != null) {
                for (String part : typed.split("[;,]")) {
                    String category = category(part.strip());
                    if (!part.isBlank()) {
                        categories.add(category);
                    }
                }
            }
            ProspectForms.ProspectForm form = new ProspectForms.ProspectForm(null,
                    PersonImportColumns.details(row, organization), organization, row.get("since"),
                    row.get("channel"), categories, null, null);
            try {
                rows.add(new Pending(row, form.parse(DateInput.PAGE), PersonImportColumns.nationalId(row)));
                if (PersonImportColumns.nationalId(row) == null) {
                    problems.add(row, PersonImportColumns.PERSON + "nationalId", "import.members.nationalIdRequired");
                }
            } catch (InvalidInputException refused) {
                problems.addAll(row, refused);
            }
        }

        /** A category by its code or its Vietnamese name; as typed when it is neither (the parser refuses it). */
        private String category(String text) {
            String folded = vn.ptdv.shared.SearchText.fold(text);
            for (ProspectCategory category : ProspectCategory.values()) {
                if (category.name().equalsIgnoreCase(text)
                        || vn.ptdv.shared.SearchText.fold(messages.text(category.messageKey())).equals(folded)) {
                    return category.name();
                }
            }
            return text;
        }

        @Override
        public void validate(RowProblems problems) {
            Map<String, Integer> first = new HashMap<>();
            for (Pending pending : rows) {
                if (pending.nationalId() == null) {
                    continue;
                }
                Integer earlier = first.putIfAbsent(pending.nationalId(), pending.row().number());
                if (earlier != null) {
                    problems.add(pending.row(), PersonImportColumns.PERSON + "nationalId", "import.row.duplicate",
                            earlier, pending.nationalId());
                    continue;
                }
                Optional<PersonRef> existing = people.findVisibleByNationalId(pending.nationalId());
                ListProspect prospect = pending.prospect();
                if (existing.isPresent()) {
                    Optional<ProspectRow> active = store.activeOf(existing.get().id());
                    if (active.isPresent() && active.get().organizationCode().equals(prospect.organizationCode())) {
                        unchanged++;
                        continue;
                    }
                    prospect = new ListProspect(new PersonChoice.Existing(existing.get().id()),
                            prospect.organizationCode(), prospect.since(), prospect.channel(), prospect.categories(),
                            null, null);
                }
                try {
                    // Listed as it is checked; the import's transaction is rolled back whole if any row is refused.
                    prospects.listChecked(prospect);
                    created++;
                } catch (InvalidInputException refused) {
                    problems.addAll(pending.row(), refused.problems().stream()
                            .map(p -> p.field().equals("personId") ? new vn.ptdv.shared.FieldProblem(
                                    PersonImportColumns.PERSON + "nationalId", p.labelKey(), p.messageKey(), p.args(),
                                    p.malformed()) : p)
                            .toList());
                }
            }
        }

        @Override
        public ImportCounts store() {
            return new ImportCounts(created, 0, unchanged);
        }
    }
}

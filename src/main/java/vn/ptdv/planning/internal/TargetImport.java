package vn.ptdv.planning.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.exchange.ImportBatch;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.exchange.ImportCounts;
import vn.ptdv.exchange.ImportKind;
import vn.ptdv.exchange.ImportRow;
import vn.ptdv.exchange.RowProblems;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.planning.SetTarget;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.Problems;

/**
 * Admission targets from a workbook: one row a target of an organization for a term, or one of
 * its years. A target set already to the same number is left as it is; a different one is set
 * anew, as on the targets page (the allocation's warnings are said there). All rows or none.
 */
@Component
class TargetImport implements ImportKind {
    static final int MAX_YEAR = 2100;

    private final TargetService targets;
    private final TargetStore store;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;

    TargetImport(TargetService targets, TargetStore store, OrganizationDirectory organizations, AccessScope scope,
            Messages messages) {
        this.targets = targets;
        this.store = store;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
    }

    @Override
    public String code() {
        return "targets";
    }

    @Override
    public String title() {
        return messages.text("import.kind.targets");
    }

    @Override
    public String sheetName() {
        return messages.text("import.targets.sheet");
    }

    @Override
    public String explanation() {
        return messages.text("import.targets.explanation");
    }

    @Override
    public List<ImportColumn> columns() {
        return List.of(column(true, "organizationCode", "BM-X-ANPHU"), column(true, "termCode", "2025-2030"),
                column(false, "year", "2026"), column(true, "admissions", "3"));
    }

    private ImportColumn column(boolean required, String field, String example) {
        String key = "import.targets.column." + field;
        return new ImportColumn(messages.text(key), field, required, messages.text(key + ".help"), List.of(),
                example);
    }

    @Override
    public ImportBatch begin() {
        return new Batch();
    }

    private record Pending(ImportRow row, SetTarget target) {
    }

    private final class Batch implements ImportBatch {
        private final List<Pending> rows = new ArrayList<>();
        private int created;
        private int updated;
        private int unchanged;

        @Override
        public void add(ImportRow row, RowProblems problems) {
            Problems yearProblems = new Problems("target");
            Integer year = yearProblems.wholeNumber("year", row.get("year"), 1930, MAX_YEAR, false);
            problems.addAll(row, yearProblems.list());
            try {
                SetTarget target = new PlanningForms.TargetForm(row.get("organizationCode"), row.get("termCode"), year,
                        row.get("admissions"), null, null).parse();
                if (yearProblems.isEmpty()) {
                    rows.add(new Pending(row, target));
                }
            } catch (InvalidInputException refused) {
                problems.addAll(row, refused);
            }
        }

        @Override
        public void validate(RowProblems problems) {
            Map<String, Integer> first = new HashMap<>();
            for (Pending pending : rows) {
                SetTarget target = pending.target();
                String key = target.organizationCode() + "|" + target.termCode() + "|" + target.year();
                Integer earlier = first.putIfAbsent(key, pending.row().number());
                if (earlier != null) {
                    problems.add(pending.row(), "organizationCode", "import.row.duplicate", earlier,
                            target.organizationCode());
                    continue;
                }
                Optional<TargetRow> stored = organizations.findByCode(target.organizationCode())
                        .filter(o -> scope.canSee(o.id())).map(OrganizationRef::id).flatMap(id -> store.find(id, target.termCode(),
                                target.year() == null ? TargetRow.WHOLE_TERM : target.year()));
                if (stored.isPresent() && stored.get().admissions() == target.admissions()) {
                    unchanged++;
                    continue;
                }
                try {
                    // Set as it is checked; the import's transaction is rolled back whole if any row is refused.
                    targets.setChecked(target);
                    if (stored.isPresent()) {
                        updated++;
                    } else {
                        created++;
                    }
                } catch (InvalidInputException refused) {
                    problems.addAll(pending.row(), refused);
                }
            }
        }

        @Override
        public ImportCounts store() {
            return new ImportCounts(created, updated, unchanged);
        }
    }
}

package vn.ptdv.organization.internal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.ptdv.exchange.ImportBatch;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.exchange.ImportColumn.Choice;
import vn.ptdv.exchange.ImportCounts;
import vn.ptdv.exchange.ImportKind;
import vn.ptdv.exchange.ImportRow;
import vn.ptdv.exchange.RowProblems;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.NewOrganization;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.Problems;

/**
 * The tree from a workbook: one row an organization, by its code and its parent's code (a parent
 * already in ptdv, or a row of the same file), with its level, its cell kind and the day it was
 * established. Rows are added parents first, each checked by the tree's own rules as it is added,
 * inside the import's one transaction: a file with a problem leaves nothing behind. A code already
 * in ptdv with the same name, level and parent is left as it is.
 */
@Component
class OrganizationImport implements ImportKind {
    private final TreeRules rules;
    private final TreeReader reader;
    private final AccessScope scope;
    private final Messages messages;

    OrganizationImport(TreeRules rules, TreeReader reader, AccessScope scope, Messages messages) {
        this.rules = rules;
        this.reader = reader;
        this.scope = scope;
        this.messages = messages;
    }

    @Override
    public String code() {
        return "organizations";
    }

    @Override
    public String title() {
        return messages.text("import.kind.organizations");
    }

    @Override
    public String sheetName() {
        return messages.text("import.organizations.sheet");
    }

    @Override
    public String explanation() {
        return messages.text("import.organizations.explanation");
    }

    @Override
    public List<ImportColumn> columns() {
        List<Choice> types = Arrays.stream(OrganizationType.values())
                .map(t -> new Choice(t.name(), messages.text(t.messageKey()))).toList();
        List<Choice> kinds = Arrays.stream(CellKind.values())
                .map(k -> new Choice(k.name(), messages.text(k.messageKey()))).toList();
        return List.of(column(true, "code", "BM-X-ANPHU-TH08"), column(true, "name", "Chi bộ Thôn 8"),
                column(true, "type", messages.text(OrganizationType.CELL.messageKey())).coded(types),
                column(false, "parentCode", "BM-X-ANPHU"),
                column(false, "cellKind", messages.text(CellKind.RESIDENTIAL.messageKey())).coded(kinds),
                column(false, "establishedOn", "15/03/2024"));
    }

    private ImportColumn column(boolean required, String field, String example) {
        String key = "import.organizations.column." + field;
        return new ImportColumn(messages.text(key), field, required, messages.text(key + ".help"), List.of(),
                example);
    }

    @Override
    public ImportBatch begin() {
        return new Batch();
    }

    private record Pending(ImportRow row, NewOrganization organization) {
    }

    private final class Batch implements ImportBatch {
        private final List<Pending> rows = new ArrayList<>();
        private int created;
        private int unchanged;

        @Override
        public void add(ImportRow row, RowProblems problems) {
            OrganizationForms.CreateForm form = new OrganizationForms.CreateForm(row.get("code"), row.get("name"),
                    row.get("type"), row.get("cellKind"), row.get("parentCode"), row.get("establishedOn"));
            try {
                rows.add(new Pending(row, form.parse(DateInput.PAGE)));
            } catch (InvalidInputException refused) {
                problems.addAll(row, refused);
            }
        }

        @Override
        public void validate(RowProblems problems) {
            Map<String, Pending> byCode = new HashMap<>();
            for (Pending pending : rows) {
                Pending earlier = byCode.putIfAbsent(pending.organization().code(), pending);
                if (earlier != null) {
                    problems.add(pending.row(), "code", "import.row.duplicate", earlier.row().number(),
                            pending.organization().code());
                }
            }
            for (Pending pending : parentsFirst(byCode, problems)) {
                NewOrganization organization = pending.organization();
                Optional<OrganizationRow> existing = reader.byCode(organization.code());
                if (existing.isPresent()) {
                    compare(pending, existing.get(), problems);
                    continue;
                }
                Problems rowProblems = new Problems("org");
                TreeRules.Checked checked = rules.checkNew(organization, rowProblems);
                if (checked == null) {
                    problems.addAll(pending.row(), rowProblems.list());
                } else {
                    // Added as it is checked, so that the rows below it find it; the import's
                    // transaction is rolled back whole if any row of the file is refused.
                    rules.add(checked);
                    created++;
                }
            }
        }

        /** A code already in ptdv: the same organization, or a disagreement the user must settle on its page. */
        private void compare(Pending pending, OrganizationRow existing, RowProblems problems) {
            NewOrganization organization = pending.organization();
            if (!scope.canSee(existing.id())) {
                problems.add(pending.row(), "code", "org.code.taken", organization.code());
                return;
            }
            String parent = reader.parent(existing.id(), scope.today()).map(TreeNode::code).orElse(null);
            boolean same = existing.name().equals(organization.name()) && existing.type() == organization.type()
                    && Objects.equals(existing.cellKind(), organization.type().isCell() ? organization.cellKind() : null)
                    && Objects.equals(parent, organization.parentCode());
            if (same) {
                unchanged++;
            } else {
                problems.add(pending.row(), "code", "import.organizations.differs", existing.name(),
                        parent == null ? "—" : parent);
            }
        }

        /** The rows ordered so that a parent of the file comes before its children; a loop is refused. */
        private List<Pending> parentsFirst(Map<String, Pending> byCode, RowProblems problems) {
            List<Pending> ordered = new ArrayList<>();
            Map<String, Integer> state = new HashMap<>();
            for (Pending pending : rows) {
                visit(pending, byCode, state, ordered, problems);
            }
            return ordered;
        }

        private void visit(Pending pending, Map<String, Pending> byCode, Map<String, Integer> state,
                List<Pending> ordered, RowProblems problems) {
            String code = pending.organization().code();
            Integer seen = state.get(code);
            if (seen != null) {
                if (seen == 1) {
                    problems.add(pending.row(), "parentCode", "import.organizations.loop", code);
                }
                return;
            }
            state.put(code, 1);
            Pending parent = pending.organization().parentCode() == null ? null
                    : byCode.get(pending.organization().parentCode());
            if (parent != null && parent != pending) {
                visit(parent, byCode, state, ordered, problems);
            }
            state.put(code, 2);
            ordered.add(pending);
        }

        @Override
        public ImportCounts store() {
            return new ImportCounts(created, 0, unchanged);
        }
    }
}

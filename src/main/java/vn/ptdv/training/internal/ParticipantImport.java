package vn.ptdv.training.internal;

import java.util.ArrayList;
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
import vn.ptdv.membership.People;
import vn.ptdv.membership.PersonImportColumns;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.FieldProblem;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;
import vn.ptdv.training.EnrollParticipant;
import vn.ptdv.training.OpenClass;

/**
 * Class lists from a workbook: one row a participant of an awareness class — the class (by its
 * organizer, name and first day: opened when ptdv does not have it), the person, whether they
 * completed it and their certificate. A participant already in the class with the same result is
 * left as they are; every row is checked by the rules of the class pages, inside the import's one
 * transaction, so that a file with a problem leaves nothing behind.
 */
@Component
class ParticipantImport implements ImportKind {
    private final ClassService classes;
    private final ClassStore store;
    private final People people;
    private final Messages messages;

    ParticipantImport(ClassService classes, ClassStore store, People people, Messages messages) {
        this.classes = classes;
        this.store = store;
        this.people = people;
        this.messages = messages;
    }

    @Override
    public String code() {
        return "participants";
    }

    @Override
    public String title() {
        return messages.text("import.kind.participants");
    }

    @Override
    public String sheetName() {
        return messages.text("import.participants.sheet");
    }

    @Override
    public String explanation() {
        return messages.text("import.participants.explanation");
    }

    @Override
    public List<ImportColumn> columns() {
        List<Choice> yesNo = List.of(new Choice("true", messages.text("import.participants.yes")),
                new Choice("false", messages.text("import.participants.no")));
        List<ImportColumn> columns = new ArrayList<>();
        columns.add(column(true, "classOrganizerCode", "BM-X-ANPHU"));
        columns.add(column(true, "className", "Lớp bồi dưỡng nhận thức về Đảng khóa I năm 2026"));
        columns.add(column(true, "classStartDate", "09/03/2026"));
        columns.add(column(true, "classEndDate", "13/03/2026"));
        columns.add(column(false, "classPlace", "Hội trường xã An Phú"));
        columns.addAll(PersonImportColumns.columns(messages));
        columns.add(column(false, "completed", messages.text("import.participants.yes")).coded(yesNo));
        columns.add(column(false, "certificateNumber", "AP-GCN-2026-01"));
        columns.add(column(false, "certificateDate", "16/03/2026"));
        return columns;
    }

    private ImportColumn column(boolean required, String field, String example) {
        String key = "import.participants.column." + field;
        return new ImportColumn(messages.text(key), field, required, messages.text(key + ".help"), List.of(),
                example);
    }

    @Override
    public ImportBatch begin() {
        return new Batch();
    }

    private record Pending(ImportRow row, OpenClass awarenessClass, ClassForms.ParticipantForm participant,
            String nationalId) {
    }

    private final class Batch implements ImportBatch {
        private final List<Pending> rows = new ArrayList<>();
        private int created;
        private int unchanged;

        @Override
        public void add(ImportRow row, RowProblems problems) {
            String organizer = row.get("classOrganizerCode");
            ClassForms.ClassForm classForm = new ClassForms.ClassForm(row.get("className"), organizer,
                    row.get("classStartDate"), row.get("classEndDate"), row.get("classPlace"));
            ClassForms.ParticipantForm participant = new ClassForms.ParticipantForm(null,
                    PersonImportColumns.details(row, organizer), Boolean.parseBoolean(row.get("completed")),
                    row.get("certificateNumber"), row.get("certificateDate"));
            List<FieldProblem> found = new ArrayList<>();
            OpenClass awarenessClass = null;
            try {
                awarenessClass = classForm.parse(DateInput.PAGE);
            } catch (InvalidInputException refused) {
                refused.problems().forEach(p -> found.add(ofClass(p)));
            }
            try {
                participant.parse(0, DateInput.PAGE);
            } catch (InvalidInputException refused) {
                found.addAll(refused.problems());
            }
            String nationalId = PersonImportColumns.nationalId(row);
            if (nationalId == null) {
                problems.add(row, PersonImportColumns.PERSON + "nationalId", "import.members.nationalIdRequired");
            }
            problems.addAll(row, found);
            if (found.isEmpty() && nationalId != null) {
                rows.add(new Pending(row, awarenessClass, participant, nationalId));
            }
        }

        @Override
        public void validate(RowProblems problems) {
            Map<String, Long> classIds = new HashMap<>();
            Map<String, Integer> first = new HashMap<>();
            for (Pending pending : rows) {
                OpenClass open = pending.awarenessClass();
                String classKey = open.organizerCode() + "|" + open.name() + "|" + open.startDate();
                Integer earlier = first.putIfAbsent(classKey + "|" + pending.nationalId(), pending.row().number());
                if (earlier != null) {
                    problems.add(pending.row(), PersonImportColumns.PERSON + "nationalId", "import.row.duplicate",
                            earlier, pending.nationalId());
                    continue;
                }
                Long classId = classIds.get(classKey);
                if (classId == null) {
                    Optional<ClassRow> existing = store.findByName(open.organizerCode(), open.name(), open.startDate());
                    try {
                        classId = existing.isPresent() ? classes.requireVisible(existing.get().id()).id()
                                : classes.openChecked(open).id();
                    } catch (InvalidInputException refused) {
                        problems.addAll(pending.row(), refused.problems().stream().map(p -> ofClass(p))
                                .toList());
                        continue;
                    }
                    classIds.put(classKey, classId);
                }
                long id = classId;
                Optional<PersonRef> person = people.findVisibleByNationalId(pending.nationalId());
                ClassForms.ParticipantForm form = pending.participant();
                if (person.isPresent()) {
                    Optional<ParticipantRow> enrolled = store.participants(id).stream()
                            .filter(p -> p.personId() == person.get().id()).findFirst();
                    if (enrolled.isPresent()) {
                        if (sameResult(enrolled.get(), form)) {
                            unchanged++;
                        } else {
                            problems.add(pending.row(), "certificateNumber", "import.participants.differs");
                        }
                        continue;
                    }
                    form = new ClassForms.ParticipantForm(person.get().id(), null, form.completed(),
                            form.certificateNumber(), form.certificateDate());
                }
                try {
                    // Enrolled as it is checked; the import's transaction is rolled back whole if any row is refused.
                    EnrollParticipant participant = form.parse(id, DateInput.PAGE);
                    classes.enrollChecked(participant);
                    created++;
                } catch (InvalidInputException refused) {
                    problems.addAll(pending.row(), refused.problems().stream()
                            .map(p -> p.field().equals("personId") ? new FieldProblem(PersonImportColumns.PERSON
                                    + "nationalId", p.labelKey(), p.messageKey(), p.args(), p.malformed()) : p)
                            .toList());
                }
            }
        }

        private boolean sameResult(ParticipantRow enrolled, ClassForms.ParticipantForm form) {
            return enrolled.completed() == Boolean.TRUE.equals(form.completed())
                    && Objects.equals(enrolled.certificateNumber(), vn.ptdv.shared.Problems.optional(
                            form.certificateNumber()));
        }

        @Override
        public ImportCounts store() {
            return new ImportCounts(created, 0, unchanged);
        }
    }

    /** A problem of the class form names the column of the class it came from: {@code name} → {@code className}. */
    private static FieldProblem ofClass(FieldProblem problem) {
        String field = problem.field();
        String column = field == null || field.isEmpty() ? "class"
                : "class" + Character.toUpperCase(field.charAt(0)) + field.substring(1);
        return new FieldProblem(column, problem.labelKey(), problem.messageKey(), problem.args(), problem.malformed());
    }
}

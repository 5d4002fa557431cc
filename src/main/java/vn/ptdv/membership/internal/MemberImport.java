package vn.ptdv.membership.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Component;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.exchange.ImportBatch;
import vn.ptdv.exchange.ImportColumn;
import vn.ptdv.exchange.ImportColumn.Choice;
import vn.ptdv.exchange.ImportCounts;
import vn.ptdv.exchange.ImportKind;
import vn.ptdv.exchange.ImportRow;
import vn.ptdv.exchange.RowProblems;
import vn.ptdv.membership.MovementType;
import vn.ptdv.membership.NewPerson;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.membership.PersonImportColumns;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.membership.RegisterMember;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.InvalidInputException;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.Problems;

/**
 * Members from a workbook: one row a member, with the person, the cell they are counted in, both
 * dates of their admission, their official date and card, and how their membership ended if it
 * did. Rows are matched to people by the national ID number (required here): a person already in
 * ptdv with the same admission is left as it is (gaps filled), a new person is registered. Every
 * row is read by the member form's parser and checked by {@link MemberRegistration}, the rules of
 * the pages, with ptdv's records loaded a thousand rows at a time.
 */
@Component
class MemberImport implements ImportKind {
    static final String PERSON = PersonImportColumns.PERSON;
    static final Set<MovementType> ENDINGS = EnumSet.of(MovementType.TRANSFER_OUT, MovementType.DEATH,
            MovementType.REMOVAL, MovementType.EXPULSION, MovementType.LEAVE);

    private final MemberBulkStore bulk;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;
    private final Clock clock;

    MemberImport(MemberBulkStore bulk, OrganizationDirectory organizations, AccessScope scope, Messages messages,
            Clock clock) {
        this.bulk = bulk;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
        this.clock = clock;
    }

    @Override
    public String code() {
        return "members";
    }

    @Override
    public String title() {
        return messages.text("import.kind.members");
    }

    @Override
    public String sheetName() {
        return messages.text("import.members.sheet");
    }

    @Override
    public String explanation() {
        return messages.text("import.members.explanation");
    }

    @Override
    public List<ImportColumn> columns() {
        List<Choice> endings = ENDINGS.stream().map(m -> choice(m.name(), m.messageKey())).toList();
        List<ImportColumn> columns = new ArrayList<>(PersonImportColumns.columns(messages));
        columns.addAll(List.of(
                column(true, "organizationCode", "BM-P-HOABINH-KP01"),
                column(false, "decidedOn", "02/05/2015"),
                column(false, "admittedOn", "19/05/2015"),
                column(false, "officialOn", "19/05/2016"),
                column(false, "partyCardNumber", "52012345"),
                column(false, "memberSince", "01/09/2019"),
                column(false, "admittingOrganizationCode", "BM-P-HOABINH-KP03"),
                column(false, "arrivedFrom", "Đảng bộ phường Bến Nghé, TP Hồ Chí Minh"),
                column(false, "end.type", "").coded(endings),
                column(false, "end.date", ""),
                column(false, "end.toOutside", "")));
        return columns;
    }

    private ImportColumn column(boolean required, String field, String example) {
        String key = "import.members.column." + field;
        return new ImportColumn(messages.text(key), field, required, messages.text(key + ".help"), List.of(),
                example);
    }

    private Choice choice(String code, String messageKey) {
        return new Choice(code, messages.text(messageKey));
    }

    @Override
    public ImportBatch begin() {
        return new Batch();
    }

    /** A row read: the registration it asks for, and how the membership ended if it did. */
    private record Pending(ImportRow row, RegisterMember member, NewPerson person, MovementType endedBy,
            LocalDate endedOn, String endedTo) {
    }

    /** What a row comes to once checked: a new membership to store, gaps to fill, or nothing to do. */
    private sealed interface Outcome {
    }

    private record Create(PersonData newPerson, Long personId, MemberRegistration.Checked member, Pending pending)
            implements Outcome {
    }

    private record FillIn(long memberId, LocalDate officialOn, String card) implements Outcome {
    }

    private record Unchanged() implements Outcome {
    }

    private final class Batch implements ImportBatch {
        private final List<Pending> rows = new ArrayList<>();
        private final List<Outcome> outcomes = new ArrayList<>();

        @Override
        public void add(ImportRow row, RowProblems problems) {
            String cell = row.get("organizationCode");
            PersonDetails details = PersonImportColumns.details(row, cell);
            MembershipForms.MemberForm form = new MembershipForms.MemberForm(null, details, cell, row.get("decidedOn"),
                    row.get("admittedOn"), row.get("memberSince"), row.get("admittingOrganizationCode"),
                    row.get("officialOn"), row.get("partyCardNumber"), row.get("arrivedFrom"));
            Problems endProblems = new Problems("import.members");
            MovementType endedBy = endProblems.oneOf("end.type", row.get("end.type"), MovementType.class, false);
            LocalDate endedOn = endProblems.date("end.date", row.get("end.date"), endedBy != null, DateInput.PAGE);
            String endedTo = Problems.optional(row.get("end.toOutside"));
            if (endedBy == null && endedOn != null) {
                endProblems.malformed("end.type", "validation.required");
            }
            if (Problems.optional(row.get(PERSON + "nationalId")) == null) {
                endProblems.malformed(PERSON + "nationalId", "import.members.nationalIdRequired");
            }
            problems.addAll(row, endProblems.list());
            try {
                RegisterMember member = form.parse(DateInput.PAGE);
                if (endProblems.isEmpty()) {
                    NewPerson person = ((PersonChoice.New) member.person()).person();
                    rows.add(new Pending(row, member, person, endedBy, endedOn, endedTo));
                }
            } catch (InvalidInputException refused) {
                problems.addAll(row, refused);
            }
        }

        @Override
        public void validate(RowProblems problems) {
            LocalDate today = scope.today();
            refuseRepeats(problems, PERSON + "nationalId", p -> p.person().nationalId());
            refuseRepeats(problems, "partyCardNumber", p -> p.member().partyCardNumber());
            Map<String, MemberBulkStore.FoundPerson> people = bulk.peopleByNationalId(
                    rows.stream().map(p -> p.person().nationalId()).toList(), scope.sql(), today);
            Map<Long, List<MemberBulkStore.StoredMembership>> memberships = bulk.membershipsOf(
                    people.values().stream().map(MemberBulkStore.FoundPerson::id).toList());
            Set<String> cardsTaken = bulk.cardsTaken(rows.stream().map(p -> p.member().partyCardNumber())
                    .filter(Objects::nonNull).toList());
            Lookups lookups = new Lookups();
            for (Pending pending : rows) {
                Outcome outcome = check(pending, people, memberships, cardsTaken, lookups, today, problems);
                if (outcome != null) {
                    outcomes.add(outcome);
                }
            }
        }

        private Outcome check(Pending pending, Map<String, MemberBulkStore.FoundPerson> people,
                Map<Long, List<MemberBulkStore.StoredMembership>> memberships, Set<String> cardsTaken,
                Lookups lookups, LocalDate today, RowProblems problems) {
            ImportRow row = pending.row();
            NewPerson person = pending.person();
            RegisterMember member = pending.member();
            Problems rowProblems = new Problems("member");
            MemberBulkStore.FoundPerson found = people.get(person.nationalId());
            if (found != null && !found.visible()) {
                problems.add(row, PERSON + "nationalId", "import.members.nationalIdElsewhere", person.nationalId());
                return null;
            }
            List<MemberBulkStore.StoredMembership> stored = found == null ? List.of()
                    : memberships.getOrDefault(found.id(), List.of());
            LocalDate ceremony = member.admittedOn() != null ? member.admittedOn() : member.decidedOn();
            Optional<MemberBulkStore.StoredMembership> same = stored.stream()
                    .filter(m -> m.admittedOn().equals(ceremony)).findFirst();
            if (same.isPresent()) {
                return sameMembership(row, same.get(), member, lookups, problems);
            }
            PersonRef existing = found == null ? null : new PersonRef(found.id(), found.fullName(), found.birthDate(),
                    person.gender(), person.nationalId(), person.ethnicity(), person.religion(),
                    person.generalEducation(), 0);
            if (found == null && person.birthDate().isAfter(today)) {
                rowProblems.refuse(PERSON + "birthDate", "validation.future", VietnameseDates.format(person.birthDate()));
            }
            MemberRegistration.Records records = lookups.records(stored, cardsTaken);
            List<MemberRegistration.Warning> warnings = new ArrayList<>();
            MemberRegistration.Checked checked = MemberRegistration.check(member,
                    existing != null ? existing.birthDate() : person.birthDate(), existing, records, today,
                    rowProblems, warnings);
            if (checked != null && pending.endedBy() != null) {
                if (pending.endedOn().isAfter(today)) {
                    rowProblems.refuse("end.date", "validation.future", VietnameseDates.format(pending.endedOn()));
                } else if (!pending.endedOn().isAfter(checked.memberSince())) {
                    rowProblems.refuse("end.date", "movement.date.notAfterStart",
                            VietnameseDates.format(checked.memberSince()), checked.cell().name());
                }
            }
            problems.addAll(row, rowProblems.list().stream()
                    .map(p -> p.field().equals("personId") ? new vn.ptdv.shared.FieldProblem(PERSON + "nationalId",
                            p.labelKey(), p.messageKey(), p.args(), p.malformed()) : p)
                    .toList());
            if (!rowProblems.isEmpty()) {
                return null;
            }
            PersonData data = found != null ? null : new PersonData(person.fullName(), person.birthDate(),
                    person.gender(), person.nationalId(), person.ethnicity(), person.religion(),
                    person.generalEducation(), person.qualification(), person.occupation(), checked.cell().id(),
                    person.residenceAddress(), person.phone(), person.occupationCategory(), person.professionalLevel(),
                    person.politicalTheory(), person.youthUnionMember());
            return new Create(data, found == null ? null : found.id(), checked, pending);
        }

        /** The row is a membership already stored: nothing to do, gaps to fill, or a disagreement to show. */
        private Outcome sameMembership(ImportRow row, MemberBulkStore.StoredMembership stored, RegisterMember member,
                Lookups lookups, RowProblems problems) {
            boolean differs = false;
            Optional<OrganizationRef> cell = lookups.inScope(member.organizationCode());
            if (cell.isEmpty() || cell.get().id() != stored.cellId()) {
                problems.add(row, "organizationCode", "import.members.otherCell");
                differs = true;
            }
            if (member.decidedOn() != null && !member.decidedOn().equals(stored.decidedOn())) {
                problems.add(row, "decidedOn", "import.members.differs", VietnameseDates.format(stored.decidedOn()));
                differs = true;
            }
            if (member.officialOn() != null && stored.officialOn() != null
                    && !member.officialOn().equals(stored.officialOn())) {
                problems.add(row, "officialOn", "import.members.differs", VietnameseDates.format(stored.officialOn()));
                differs = true;
            }
            if (member.partyCardNumber() != null && stored.card() != null
                    && !member.partyCardNumber().equals(stored.card())) {
                problems.add(row, "partyCardNumber", "import.members.differs", stored.card());
                differs = true;
            }
            if (differs) {
                return null;
            }
            boolean fills = member.officialOn() != null && stored.officialOn() == null
                    || member.partyCardNumber() != null && stored.card() == null;
            return fills ? new FillIn(stored.id(), member.officialOn(), member.partyCardNumber()) : new Unchanged();
        }

        private void refuseRepeats(RowProblems problems, String field,
                java.util.function.Function<Pending, String> key) {
            Map<String, Integer> first = new HashMap<>();
            for (Pending pending : rows) {
                String value = key.apply(pending);
                if (value == null) {
                    continue;
                }
                Integer earlier = first.putIfAbsent(value, pending.row().number());
                if (earlier != null) {
                    problems.add(pending.row(), field, "import.row.duplicate", earlier, value);
                }
            }
        }

        @Override
        public ImportCounts store() {
            OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
            String user = scope.user().username();
            List<Create> creates = outcomes.stream().filter(Create.class::isInstance).map(Create.class::cast).toList();
            Map<String, Long> newIds = bulk.insertPeople(creates.stream().map(Create::newPerson)
                    .filter(Objects::nonNull).toList(), now, user);
            List<MemberBulkStore.NewMembership> memberships = creates.stream()
                    .map(c -> new MemberBulkStore.NewMembership(c.personId() != null ? c.personId()
                            : newIds.get(c.newPerson().nationalId()), c.member(), c.pending().endedBy(),
                            c.pending().endedOn(), c.pending().endedTo()))
                    .toList();
            bulk.insertMemberships(memberships, now, user);
            List<FillIn> fills = outcomes.stream().filter(FillIn.class::isInstance).map(FillIn.class::cast).toList();
            fills.forEach(f -> bulk.fillIn(f.memberId(), f.officialOn(), f.card(), now, user));
            int unchanged = (int) outcomes.stream().filter(Unchanged.class::isInstance).count();
            return new ImportCounts(creates.size(), fills.size(), unchanged);
        }
    }

    /** Organizations looked up once per code for the whole file, in the user's scope. */
    private final class Lookups {
        private final Map<String, Optional<OrganizationRef>> inScope = new HashMap<>();
        private final Map<String, Optional<OrganizationRef>> any = new HashMap<>();
        private final Map<Long, Optional<LocalDate>> existsFrom = new HashMap<>();

        Optional<OrganizationRef> inScope(String code) {
            return inScope.computeIfAbsent(code, c -> organizations.findByCode(c).filter(o -> scope.canSee(o.id())));
        }

        /** {@code AccessScope.forChange} with the look-ups of the file cached. */
        Optional<OrganizationRef> forChange(Problems problems, String field, String code) {
            Optional<OrganizationRef> found = any.computeIfAbsent(code, organizations::findByCode);
            return scope.forChangeWhere(problems, field, code, found, o -> inScope(code).isPresent());
        }

        MemberRegistration.Records records(List<MemberBulkStore.StoredMembership> stored, Set<String> cardsTaken) {
            return new MemberRegistration.Records() {
                @Override
                public Optional<OrganizationRef> organizationForChange(Problems problems, String field, String code) {
                    return forChange(problems, field, code);
                }

                @Override
                public Optional<OrganizationRef> organization(String code) {
                    return any.computeIfAbsent(code, organizations::findByCode);
                }

                @Override
                public Optional<LocalDate> existsFrom(OrganizationRef organization) {
                    return existsFrom.computeIfAbsent(organization.id(), id -> organizations.existence(id).stream()
                            .findFirst().map(DatePeriod::from));
                }

                @Override
                public boolean hasOpenMembership(long personId) {
                    return stored.stream().anyMatch(m -> m.endedOn() == null);
                }

                @Override
                public Optional<LocalDate> lastMembershipEnd(long personId) {
                    return stored.stream().map(MemberBulkStore.StoredMembership::endedOn).filter(Objects::nonNull)
                            .max(LocalDate::compareTo);
                }

                @Override
                public boolean cardTaken(String card) {
                    return cardsTaken.contains(card);
                }
            };
        }
    }
}

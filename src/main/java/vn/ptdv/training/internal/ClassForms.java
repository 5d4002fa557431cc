package vn.ptdv.training.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.membership.PersonChoice;
import vn.ptdv.membership.PersonDetails;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;
import vn.ptdv.shared.SearchText;
import vn.ptdv.training.EnrollParticipant;
import vn.ptdv.training.OpenClass;
import vn.ptdv.training.ParticipantResult;

/**
 * What the class pages and the API receive, as typed (every value text, so that a wrong one is
 * shown back under its field), and how each is read into its command at the edge.
 */
final class ClassForms {
    static final int MAX_NAME = 255;
    static final int MAX_CERTIFICATE = 40;

    private ClassForms() {
    }

    /** A class to open: its name, the organization that holds it, its first and last day, where. */
    record ClassForm(String name, String organizerCode, String startDate, String endDate, String place) {

        static ClassForm blank(String organizerCode) {
            return new ClassForm(null, organizerCode, null, null, null);
        }

        OpenClass parse(DateInput dateInput) {
            Problems problems = new Problems("class");
            String title = problems.maxLength("name", SearchText.normalizeName(problems.required("name", name)),
                    MAX_NAME);
            LocalDate start = problems.date("startDate", startDate, true, dateInput);
            LocalDate end = problems.date("endDate", endDate, true, dateInput);
            String where = problems.maxLength("place", SearchText.normalizeName(Problems.optional(place)), MAX_NAME);
            String organizer = problems.required("organizerCode", organizerCode);
            problems.throwIfAny();
            return new OpenClass(title, organizer, start, end, where);
        }
    }

    /** A participant to enroll through the API: an existing person or a new one, with their result if known. */
    record ParticipantForm(Long personId, PersonDetails person, Boolean completed, String certificateNumber,
            String certificateDate) {

        EnrollParticipant parse(long classId, DateInput dateInput) {
            Problems problems = new Problems("participant");
            PersonChoice choice = PersonChoice.parse(personId, person, dateInput, problems);
            ParticipantResult result = result(problems, "", Boolean.TRUE.equals(completed), certificateNumber,
                    certificateDate, dateInput);
            problems.throwIfAny();
            return new EnrollParticipant(classId, choice, result);
        }
    }

    /** The class's result table: one row per participant, saved all at once. */
    record ResultsForm(List<ResultRow> participants) {

        ResultsForm {
            participants = participants == null ? List.of() : participants;
        }

        static ResultsForm of(List<ParticipantRow> participants) {
            return new ResultsForm(participants.stream().map(p -> new ResultRow(p.id(), p.fullName(), p.completed(),
                    p.certificateNumber(), VietnameseDates.format(p.certificateDate()), p.version())).toList());
        }

        RecordResults parse(long classId, DateInput dateInput) {
            Problems problems = new Problems("participant");
            List<RecordResults.Line> lines = new ArrayList<>();
            for (int i = 0; i < participants.size(); i++) {
                ResultRow row = participants.get(i);
                String prefix = "participants[" + i + "].";
                if (row.participantId() == null) {
                    problems.malformed(prefix + "participantId", "validation.required");
                    continue;
                }
                ParticipantResult result = result(problems, prefix, row.completed(), row.certificateNumber(),
                        row.certificateDate(), dateInput);
                lines.add(new RecordResults.Line(row.participantId(), result, row.version()));
            }
            problems.throwIfAny();
            return new RecordResults(classId, lines);
        }
    }

    /** One participant's row of the result table (the name only to show it again). */
    record ResultRow(Long participantId, String fullName, boolean completed, String certificateNumber,
            String certificateDate, Integer version) {
    }

    /**
     * Enrolling by national identity numbers pasted from a spreadsheet (a CCCD per line, with
     * an optional certificate number and date separated by a tab, semicolon or comma), or people
     * of the pool ticked in a list.
     */
    record EnrollForm(String lines, List<Long> personIds) {

        static EnrollForm blank() {
            return new EnrollForm(null, List.of());
        }

        EnrollPeople parse(long classId, DateInput dateInput) {
            Problems problems = new Problems("participant");
            List<EnrollPeople.NationalIdLine> parsed = new ArrayList<>();
            String[] rows = lines == null ? new String[0] : lines.split("\\R");
            for (int i = 0; i < rows.length; i++) {
                String line = rows[i].strip();
                if (line.isEmpty()) {
                    continue;
                }
                String[] cells = line.split("\\s*[\\t;,]\\s*");
                String number = cells.length > 1 ? Problems.optional(cells[1]) : null;
                String date = cells.length > 2 ? cells[2] : null;
                Problems lineProblems = new Problems("participant");
                ParticipantResult result = result(lineProblems, "", number != null, number, date, dateInput);
                EnrollPeople.reportLine(problems, i + 1, lineProblems);
                parsed.add(new EnrollPeople.NationalIdLine(i + 1, cells[0].replace(" ", ""), result));
            }
            problems.throwIfAny();
            return new EnrollPeople(classId, parsed,
                    personIds == null ? List.of() : personIds.stream().filter(Objects::nonNull).toList());
        }
    }

    /**
     * A result as typed: a certificate needs both its number (up to 40 characters) and its date;
     * problems under {@code prefix}. What depends on the class and on other certificates is the
     * service's to check.
     */
    static ParticipantResult result(Problems problems, String prefix, boolean completed, String numberText,
            String dateText, DateInput dateInput) {
        String number = problems.maxLength(prefix + "certificateNumber", Problems.optional(numberText),
                MAX_CERTIFICATE);
        LocalDate date = problems.date(prefix + "certificateDate", dateText, false, dateInput);
        if (number != null && date == null && !problems.has(prefix + "certificateDate")) {
            problems.malformed(prefix + "certificateDate", "participant.certificate.dateRequired");
        }
        if (date != null && number == null) {
            problems.malformed(prefix + "certificateNumber", "participant.certificate.numberRequired");
        }
        return new ParticipantResult(completed, number, date);
    }
}

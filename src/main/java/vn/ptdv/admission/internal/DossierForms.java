package vn.ptdv.admission.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.ptdv.admission.RecordStep;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Problems;

/**
 * What the dossier pages and the API receive, as typed (every value text, so that a wrong one is
 * shown back under its field), and how each is read into its command at the edge: the step's
 * code and date, and the fields the procedure's table gives that step, each checked for its form
 * (a missing or malformed value answers 400). A field the step does not record is refused with
 * its name rather than silently dropped.
 */
final class DossierForms {
    static final int MAX_TEXT = 1000;
    static final int MAX_NUMBER = 50;
    /** Official members of a cell that may vote: a cell of more than this is not a cell. */
    static final int MAX_CELL_MEMBERS = 10_000;
    /** Members of a grassroots committee (an executive committee is a few dozen at most). */
    static final int MAX_COMMITTEE_MEMBERS = 100;

    private DossierForms() {
    }

    /** Opening a dossier: the person by id (from the pool) or by national identity number, and the cell. */
    record OpenForm(Long personId, String nationalId, String cellCode) {

        static OpenForm blank(Long personId, String cellCode) {
            return new OpenForm(personId, null, cellCode);
        }

        /** A page asks for the national identity number when no person is chosen; the API for the person's id. */
        OpenDossier parse(DateInput typedOn) {
            Problems problems = new Problems("dossier");
            String id = Problems.optional(nationalId);
            if (personId == null && id == null) {
                problems.malformed(typedOn == DateInput.PAGE ? "nationalId" : "personId", "validation.required");
            }
            String cell = problems.required("cellCode", cellCode);
            problems.throwIfAny();
            return new OpenDossier(personId, personId == null ? id : null, cell);
        }
    }

    /** A dossier to open: the person by id or by national identity number, in the cell with this code. */
    record OpenDossier(Long personId, String nationalId, String cellCode) {
    }

    record IntroducerRow(String memberId, String knownSince) {
        static IntroducerRow blank() {
            return new IntroducerRow(null, null);
        }

        boolean blankRow() {
            return Problems.optional(memberId) == null && Problems.optional(knownSince) == null;
        }
    }

    record UnionRow(String type, String resolutionDate) {
        boolean blankRow() {
            return Problems.optional(type) == null && Problems.optional(resolutionDate) == null;
        }
    }

    record ReadmissionRow(String leftBecause, String criminalRecordClearedOn, String readmittedBefore, String consent) {
        boolean blankRow() {
            return Problems.optional(leftBecause) == null && Problems.optional(criminalRecordClearedOn) == null
                    && Problems.optional(readmittedBefore) == null && Problems.optional(consent) == null;
        }
    }

    /** A correction of a recorded step: the step as it should have been, and why. */
    record CorrectStep(long stepId, RecordStep step, String reason) {
    }

    /** The user's answer to a warning stored with a step. */
    record AnswerWarning(long stepId, String ruleId, String answer) {
    }

    /** Answering a warning about facts ptdv checked against its records. */
    record AnswerForm(String ruleId, String answer) {

        AnswerWarning parse(long stepId) {
            Problems problems = new Problems("dossier");
            String rule = problems.required("ruleId", ruleId);
            String text = problems.maxLength("answer", problems.required("answer", answer), MAX_TEXT);
            problems.throwIfAny();
            return new AnswerWarning(stepId, rule, text);
        }
    }

    /** A step as typed on the dossier page or sent to the API, or a correction of one. */
    record StepForm(String step, String date, String note, List<IntroducerRow> introducers, UnionRow union,
            String conclusion, String opinion, String officialMembers, String committeeMembers, String votesFor,
            String votesAgainst, String olderConsent, String educationException, String literacyConsent,
            ReadmissionRow readmission, String decisionNumber, String issuerCode, String extensionReason,
            String reason, String decisionReceivedOn, String superiorConsent, String place, String ceremonyId,
            String certificateNumber, String correctionReason) {

        public StepForm {
            // A page shows two introducer rows, and the union's and a re-admission's fields as empty rows.
            introducers = introducers == null ? new ArrayList<>() : new ArrayList<>(introducers);
            while (introducers.size() < 2) {
                introducers.add(IntroducerRow.blank());
            }
            union = union == null ? new UnionRow(null, null) : union;
            readmission = readmission == null ? new ReadmissionRow(null, null, null, null) : readmission;
        }

        /** The empty form of a step, dated today, with two introducer rows. */
        static StepForm blank(StepCode step, LocalDate today) {
            return new StepForm(step == null ? null : step.name(), VietnameseDates.format(today), null,
                    List.of(IntroducerRow.blank(), IntroducerRow.blank()), new UnionRow(null, null), null, null, null,
                    null, null, null, null, null, null, new ReadmissionRow(null, null, null, null), null, null, null,
                    null, null, null, null, null, null, null);
        }

        /** Stopping or reopening a dossier on the date, for the reason. */
        static StepForm reason(StepCode step, String date, String reason) {
            return new StepForm(step.name(), date, null, null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null, reason, null, null, null, null, null, null);
        }

        /** The form of a recorded step, to correct it. */
        static StepForm of(StepRecord record) {
            Map<String, String> f = new LinkedHashMap<>();
            List<IntroducerRow> rows = new ArrayList<>();
            UnionRow union = new UnionRow(null, null);
            ReadmissionRow readmission = new ReadmissionRow(null, null, null, null);
            StepData data = record.data();
            if (data instanceof StepData.Introduction i) {
                i.introducers().forEach(x -> rows.add(new IntroducerRow(String.valueOf(x.memberId()),
                        VietnameseDates.format(x.knownSince()))));
                if (i.union() != null) {
                    union = new UnionRow(i.union().type() == null ? null : i.union().type().name(),
                            VietnameseDates.format(i.union().resolutionDate()));
                }
            } else if (data instanceof StepData.BackgroundCheck b) {
                f.put("conclusion", b.conclusion());
            } else if (data instanceof StepData.CommitteeReview r) {
                f.put("opinion", r.opinion());
            } else if (data instanceof StepData.ProposalVote v) {
                votes(f, "officialMembers", v);
                f.put("olderConsent", v.olderConsent());
                f.put("educationException", v.educationException());
                f.put("literacyConsent", v.literacyConsent());
                StepData.Readmission r = v.readmission();
                if (r != null) {
                    readmission = new ReadmissionRow(r.leftBecause() == null ? null : r.leftBecause().name(),
                            VietnameseDates.format(r.criminalRecordClearedOn()),
                            r.readmittedBefore() == null ? null : r.readmittedBefore().toString(), r.consent());
                }
            } else if (data instanceof StepData.CellVote v) {
                votes(f, "officialMembers", v);
            } else if (data instanceof StepData.CommitteeVote v) {
                votes(f, "committeeMembers", v);
            } else if (data instanceof StepData.Decision d) {
                f.put("decisionNumber", d.decisionNumber());
                f.put("extensionReason", d.extensionReason());
            } else if (data instanceof StepData.Refusal r) {
                f.put("reason", r.reason());
                f.put("extensionReason", r.extensionReason());
            } else if (data instanceof StepData.Removal r) {
                f.put("decisionNumber", r.decisionNumber());
                f.put("extensionReason", r.extensionReason());
                f.put("reason", r.reason());
            } else if (data instanceof StepData.Ceremony c) {
                f.put("decisionReceivedOn", VietnameseDates.format(c.decisionReceivedOn()));
                f.put("superiorConsent", c.superiorConsent());
                f.put("place", c.place());
                f.put("ceremonyId", c.ceremonyId() == null ? null : String.valueOf(c.ceremonyId()));
            } else if (data instanceof StepData.NewMemberClass n) {
                f.put("certificateNumber", n.certificateNumber());
            } else if (data instanceof StepData.Reason r) {
                f.put("reason", r.reason());
            }
            while (rows.size() < 2) {
                rows.add(IntroducerRow.blank());
            }
            return new StepForm(record.step().name(), VietnameseDates.format(record.date()), record.note(), rows, union,
                    f.get("conclusion"), f.get("opinion"), f.get("officialMembers"), f.get("committeeMembers"),
                    f.get("votesFor"), f.get("votesAgainst"), f.get("olderConsent"), f.get("educationException"),
                    f.get("literacyConsent"), readmission, f.get("decisionNumber"), null, f.get("extensionReason"),
                    f.get("reason"), f.get("decisionReceivedOn"), f.get("superiorConsent"), f.get("place"),
                    f.get("ceremonyId"), f.get("certificateNumber"), null);
        }

        private static void votes(Map<String, String> f, String entitledField, StepData.Vote vote) {
            f.put(entitledField, String.valueOf(vote.entitled()));
            f.put("votesFor", String.valueOf(vote.votesFor()));
            f.put("votesAgainst", vote.votesAgainst() == null ? null : String.valueOf(vote.votesAgainst()));
        }

        /** The step to record. */
        RecordStep parse(DateInput dateInput) {
            Problems problems = new Problems("dossier");
            StepCode code = problems.oneOf("step", step, StepCode.class, true);
            problems.throwIfAny();
            return read(code, dateInput, problems);
        }

        /** The correction of a recorded step of the given code: the same step, and why it is corrected. */
        CorrectStep parseCorrection(long stepId, StepCode original, DateInput dateInput) {
            Problems problems = new Problems("dossier");
            if (Problems.optional(step) != null && !original.name().equals(step.strip())) {
                problems.malformed("step", "dossier.correction.otherStep", Problems.term(original.messageKey()));
            }
            String why = problems.maxLength("correctionReason", problems.required("correctionReason",
                    correctionReason), MAX_TEXT);
            RecordStep corrected = read(original, dateInput, problems);
            return new CorrectStep(stepId, corrected, why);
        }

        private RecordStep read(StepCode code, DateInput dateInput, Problems problems) {
            LocalDate day = problems.date("date", date, true, dateInput);
            refuseUnused(problems, code);
            StepData data = data(code, dateInput, problems);
            String text = text(problems, "note", note, false);
            problems.throwIfAny();
            return new RecordStep(code, day, data, text);
        }

        private StepData data(StepCode code, DateInput dateInput, Problems p) {
            Class<? extends StepData> type = Procedure.step(code).data();
            if (type == StepData.Introduction.class) {
                return introduction(dateInput, p);
            }
            if (type == StepData.BackgroundCheck.class) {
                return new StepData.BackgroundCheck(text(p, "conclusion", conclusion, true));
            }
            if (type == StepData.CommitteeReview.class) {
                return new StepData.CommitteeReview(text(p, "opinion", opinion, true));
            }
            if (type == StepData.ProposalVote.class) {
                Counted vote = counted(p, "officialMembers", officialMembers, MAX_CELL_MEMBERS);
                return new StepData.ProposalVote(vote.entitled(), vote.votesFor(), vote.votesAgainst(),
                        text(p, "olderConsent", olderConsent, false),
                        text(p, "educationException", educationException, false),
                        text(p, "literacyConsent", literacyConsent, false), readmission(dateInput, p));
            }
            if (type == StepData.CellVote.class) {
                Counted vote = counted(p, "officialMembers", officialMembers, MAX_CELL_MEMBERS);
                return new StepData.CellVote(vote.entitled(), vote.votesFor(), vote.votesAgainst());
            }
            if (type == StepData.CommitteeVote.class) {
                Counted vote = counted(p, "committeeMembers", committeeMembers, MAX_COMMITTEE_MEMBERS);
                return new StepData.CommitteeVote(vote.entitled(), vote.votesFor(), vote.votesAgainst());
            }
            if (type == StepData.Decision.class) {
                return new StepData.Decision(number(p, "decisionNumber", decisionNumber),
                        Problems.optional(issuerCode), text(p, "extensionReason", extensionReason, false));
            }
            if (type == StepData.Refusal.class) {
                return new StepData.Refusal(text(p, "reason", reason, true), Problems.optional(issuerCode),
                        text(p, "extensionReason", extensionReason, false));
            }
            if (type == StepData.Removal.class) {
                return new StepData.Removal(number(p, "decisionNumber", decisionNumber), Problems.optional(issuerCode),
                        text(p, "extensionReason", extensionReason, false), text(p, "reason", reason, true));
            }
            if (type == StepData.Ceremony.class) {
                return new StepData.Ceremony(p.date("decisionReceivedOn", decisionReceivedOn, false, dateInput),
                        text(p, "superiorConsent", superiorConsent, false), text(p, "place", place, false),
                        p.id("ceremonyId", ceremonyId, false));
            }
            if (type == StepData.NewMemberClass.class) {
                return new StepData.NewMemberClass(number(p, "certificateNumber", certificateNumber));
            }
            if (type == StepData.Reason.class) {
                return new StepData.Reason(text(p, "reason", reason, true));
            }
            return StepData.NONE;
        }

        private StepData.Introduction introduction(DateInput dateInput, Problems p) {
            List<StepData.Introducer> rows = new ArrayList<>();
            int given = 0;
            for (int i = 0; i < introducers.size(); i++) {
                IntroducerRow row = introducers.get(i);
                if (row == null || row.blankRow()) {
                    continue;
                }
                given++;
                String prefix = "introducers[" + i + "].";
                Long member = p.id(prefix + "memberId", row.memberId(), true);
                LocalDate since = p.date(prefix + "knownSince", row.knownSince(), true, dateInput);
                if (member != null && since != null) {
                    rows.add(new StepData.Introducer(member, since));
                }
            }
            if (given == 0) {
                p.malformed("introducers", "validation.required");
            }
            StepData.UnionIntroduction byUnion = null;
            if (union != null && !union.blankRow()) {
                StepData.UnionType kind = p.oneOf("union.type", union.type(), StepData.UnionType.class, true);
                LocalDate resolution = p.date("union.resolutionDate", union.resolutionDate(), true, dateInput);
                byUnion = new StepData.UnionIntroduction(kind, resolution);
            }
            return new StepData.Introduction(rows, byUnion);
        }

        private StepData.Readmission readmission(DateInput dateInput, Problems p) {
            if (readmission == null || readmission.blankRow()) {
                return null;
            }
            StepData.LeaveReason why = p.oneOf("readmission.leftBecause", readmission.leftBecause(),
                    StepData.LeaveReason.class, false);
            LocalDate cleared = p.date("readmission.criminalRecordClearedOn", readmission.criminalRecordClearedOn(),
                    false, dateInput);
            String before = Problems.optional(readmission.readmittedBefore());
            Boolean once = null;
            if (before != null) {
                if (before.equals("true") || before.equals("false")) {
                    once = Boolean.valueOf(before);
                } else {
                    p.malformed("readmission.readmittedBefore", "validation.oneOf", before, "true, false");
                }
            }
            return new StepData.Readmission(why, cleared, once, text(p, "readmission.consent", readmission.consent(),
                    false));
        }

        /** Refuses every field given that the step's data does not take, under its name. */
        private void refuseUnused(Problems problems, StepCode code) {
            Map<String, Object> given = new LinkedHashMap<>();
            given.put("introducers", introducers.stream().anyMatch(r -> r != null && !r.blankRow()) ? introducers
                    : null);
            given.put("union", union == null || union.blankRow() ? null : union);
            given.put("conclusion", Problems.optional(conclusion));
            given.put("opinion", Problems.optional(opinion));
            given.put("officialMembers", Problems.optional(officialMembers));
            given.put("committeeMembers", Problems.optional(committeeMembers));
            given.put("votesFor", Problems.optional(votesFor));
            given.put("votesAgainst", Problems.optional(votesAgainst));
            given.put("olderConsent", Problems.optional(olderConsent));
            given.put("educationException", Problems.optional(educationException));
            given.put("literacyConsent", Problems.optional(literacyConsent));
            given.put("readmission", readmission == null || readmission.blankRow() ? null : readmission);
            given.put("decisionNumber", Problems.optional(decisionNumber));
            given.put("issuerCode", Problems.optional(issuerCode));
            given.put("extensionReason", Problems.optional(extensionReason));
            given.put("reason", Problems.optional(reason));
            given.put("decisionReceivedOn", Problems.optional(decisionReceivedOn));
            given.put("superiorConsent", Problems.optional(superiorConsent));
            given.put("place", Problems.optional(place));
            given.put("ceremonyId", Problems.optional(ceremonyId));
            given.put("certificateNumber", Problems.optional(certificateNumber));
            Set<String> used = Set.copyOf(Procedure.fieldsOf(code));
            given.forEach((field, value) -> {
                if (value != null && !used.contains(field)) {
                    problems.malformed(field, "dossier.field.notForStep", Problems.term(code.messageKey()));
                }
            });
        }

        /** A vote's counts as typed: those entitled (at least one), the votes for and against (up to {@code max}). */
        private record Counted(int entitled, int votesFor, Integer votesAgainst) {
        }

        private Counted counted(Problems p, String entitledField, String entitledValue, int max) {
            Integer entitled = p.wholeNumber(entitledField, entitledValue, 1, max, true);
            Integer yes = p.wholeNumber("votesFor", votesFor, 0, max, true);
            Integer no = p.wholeNumber("votesAgainst", votesAgainst, 0, max, false);
            return new Counted(entitled == null ? 0 : entitled, yes == null ? 0 : yes, no);
        }

        private static String number(Problems problems, String field, String value) {
            return problems.maxLength(field, problems.required(field, value), MAX_NUMBER);
        }

        private static String text(Problems problems, String field, String value, boolean required) {
            String text = required ? problems.required(field, value) : Problems.optional(value);
            return problems.maxLength(field, text, MAX_TEXT);
        }
    }
}

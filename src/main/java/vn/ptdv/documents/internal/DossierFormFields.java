package vn.ptdv.documents.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;
import vn.ptdv.admission.AdmissionForm;
import vn.ptdv.admission.DossierPapers;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.calendar.VietnameseDates;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.Formats;
import vn.ptdv.shared.Messages;

/**
 * One of the six forms of a dossier (6-, 8-, 9-, 13-, 15-, 16-KNĐ) filled from what ptdv knows:
 * the applicant, the dates of the steps, the votes, the decision's number, and the bodies as they
 * were named on the step's date — the cell, the grassroots committee, the authority (the
 * superior's standing committee, or the grassroots committee delegated the power). What ptdv
 * cannot know (who attended, who chaired, the strengths and weaknesses, the resolution's number)
 * stays as dots to fill in. A form whose step is not recorded is a draft: it says so above the
 * heading and leaves the date, the votes and the number blank.
 */
final class DossierFormFields implements DocumentData {
    /** The fields every dossier form may name, besides the layout's. */
    static final List<String> NAMES = List.of("draft", "formLabel", "subtitle", "fullName", "birthDate", "cellName",
            "committeeName", "authorityName", "proposedTo", "meetingDate", "members", "votesFor", "votesForShare",
            "votesAgainst", "votesAgainstShare", "cellResolutionDate", "committeeResolutionDate", "admittedOn",
            "officialFrom", "proposals", "decidingBody", "conclusion");
    private static final String BLANK = PartyHeading.BLANK;
    /** A number to write in by hand. */
    private static final String NUMBER_BLANK = "……";

    private final AdmissionForm form;
    private final DossierPapers papers;
    private final DossierPapers.Paper paper;
    private final Map<String, Object> fields = new HashMap<>();
    private final String title;
    private final long organizationId;

    /**
     * @param names an organization's name on a day
     * @param headings the layout of a document issued by an organization on a day, with its title
     */
    DossierFormFields(AdmissionForm form, DossierPapers papers, BiFunction<OrganizationRef, LocalDate, String> names,
            Headings headings, Messages messages, Formats formats) {
        this.form = form;
        this.papers = papers;
        this.paper = papers.step(form.step()).orElseThrow();
        boolean recognition = form == AdmissionForm.KND_13 || form == AdmissionForm.KND_15
                || form == AdmissionForm.KND_16;
        LocalDate day = paper.bodyDay();
        DossierPapers.Paper cellStep = papers.step(recognition ? StepCode.RECOGNITION_CELL_RESOLUTION
                : StepCode.CELL_RESOLUTION).orElseThrow();
        DossierPapers.Paper committeeStep = papers.step(recognition ? StepCode.RECOGNITION_COMMITTEE_RESOLUTION
                : StepCode.COMMITTEE_RESOLUTION).orElse(null);
        DossierPapers.Paper decisionStep = papers.step(recognition ? StepCode.RECOGNITION_DECISION
                : StepCode.ADMISSION_DECISION).orElseThrow();
        OrganizationRef cell = cellStep.body();
        OrganizationRef committee = committeeStep == null ? cell : committeeStep.body();
        OrganizationRef authority = decisionStep.body();
        boolean delegated = authority.type().isGrassroots();
        String cellName = names.apply(cell, cellStep.bodyDay());
        String committeeName = PartyHeading.acting(names.apply(committee, committeeStep == null ? day : committeeStep.bodyDay()));
        String authorityName = (delegated ? "" : messages.text("document.form.standingCommittee") + " ")
                + PartyHeading.acting(names.apply(authority, decisionStep.bodyDay()));
        String fullName = papers.person().fullName();

        OrganizationRef issuer = switch (form) {
            case KND_6, KND_13 -> cell;
            case KND_8, KND_15 -> committee;
            case KND_9, KND_16 -> authority;
        };
        boolean decision = form == AdmissionForm.KND_9 || form == AdmissionForm.KND_16;
        String kind = messages.text(decision ? "document.form.decision" : "document.form.resolution");
        String subtitle = messages.text("document.form.subtitle." + form.code());
        PartyHeading base = headings.of(issuer, day, kind);
        String number = decision && paper.recorded() && paper.data() instanceof StepData.Decision d
                && d.decisionNumber() != null ? d.decisionNumber() : "        " + symbol(issuer, decision);
        String role = decision && !delegated ? messages.text("document.form.forStandingCommittee")
                : base.signerRole();
        String recipients = messages.text(decision ? "document.form.recipients.decision"
                : "document.form.recipients.resolution", decision ? cellName : proposedTo(form, cell, committee,
                        committeeName, authorityName), fullName);
        PartyHeading heading = new PartyHeading(base.superiorBody(), base.issuingBody(), number, base.place(),
                paper.recorded() ? PartyHeading.dateLine(paper.date()) : messages.text("document.form.blankDateLine"),
                base.title(), recipients, role, base.signerTitle(), base.signerName());
        fields.putAll(heading.fields());
        put("draft", paper.recorded() ? "" : messages.text("document.form.draft"));
        put("formLabel", messages.text("document.form.label", form.label()));
        put("subtitle", subtitle);
        put("fullName", fullName);
        put("birthDate", date(papers.person().birthDate()));
        put("cellName", cellName);
        put("committeeName", committeeName);
        put("authorityName", authorityName);
        put("proposedTo", proposedTo(form, cell, committee, committeeName, authorityName));
        put("meetingDate", date(paper.date()));
        StepData.Vote vote = paper.data() instanceof StepData.Vote v ? v : null;
        put("members", vote == null ? NUMBER_BLANK : formats.number(vote.entitled()));
        put("votesFor", vote == null ? NUMBER_BLANK : formats.number(vote.votesFor()));
        put("votesForShare", vote == null ? NUMBER_BLANK : share(formats, vote.votesFor(), vote.entitled()));
        put("votesAgainst", vote == null ? NUMBER_BLANK : formats.number(vote.againstOrRest()));
        put("votesAgainstShare", vote == null ? NUMBER_BLANK : share(formats, vote.againstOrRest(), vote.entitled()));
        put("cellResolutionDate", date(cellStep.date()));
        put("committeeResolutionDate", date(committeeStep == null ? null : committeeStep.date()));
        put("admittedOn", date(papers.step(StepCode.CEREMONY).map(DossierPapers.Paper::date).orElse(null)));
        put("officialFrom", date(papers.probationEnd()));
        String proposals = messages.text("document.form.proposal", cellName, date(cellStep.date()));
        if (committeeStep != null) {
            proposals += messages.text("document.form.proposalAnd", committeeName, date(committeeStep.date()));
        }
        put("proposals", proposals);
        put("decidingBody", PartyHeading.upper(authorityName));
        put("conclusion", conclusion(messages, form, paper.outcome(), delegated, fullName,
                proposedTo(form, cell, committee, committeeName, authorityName), date(papers.probationEnd())));
        this.title = messages.text(form.messageKey()) + " (" + messages.text("document.form.label", form.label()) + ")"
                + (paper.recorded() ? "" : " — " + messages.text("document.form.draft"));
        this.organizationId = papers.cell().id();
    }

    /**
     * The last paragraph of a resolution that may conclude otherwise than the form's usual
     * proposal: the committee's on the admission (8-KNĐ), or a delegated committee deciding; a
     * recognition vote (13-, 15-KNĐ) that did not pass proposes the removal (two thirds against)
     * or is taken again. Empty for the other forms, which say it in their template.
     */
    private static String conclusion(Messages messages, AdmissionForm form, DossierPapers.Outcome outcome,
            boolean delegated, String fullName, String proposedTo, String officialFrom) {
        if (form != AdmissionForm.KND_8 && form != AdmissionForm.KND_13 && form != AdmissionForm.KND_15) {
            return "";
        }
        String key = "document.form.conclusion." + form.code();
        boolean recognition = form != AdmissionForm.KND_8;
        if (recognition && outcome != null && outcome != DossierPapers.Outcome.PASSED) {
            key += "." + outcome.name().toLowerCase(Locale.ROOT);
        } else if (delegated && form != AdmissionForm.KND_13) {
            key += ".delegated";
        }
        return messages.text(key, fullName, proposedTo, officialFrom);
    }

    /** The layout of a document an organization issues on a day. */
    interface Headings {
        PartyHeading of(OrganizationRef organization, LocalDate day, String title);
    }

    /**
     * Whom a cell's resolution goes to: the grassroots committee, or for a grassroots cell the
     * authority; a committee's resolution goes to the authority.
     */
    private static String proposedTo(AdmissionForm form, OrganizationRef cell, OrganizationRef committee,
            String committeeName, String authorityName) {
        boolean fromCell = form == AdmissionForm.KND_6 || form == AdmissionForm.KND_13;
        return fromCell && committee.id() != cell.id() ? committeeName : authorityName;
    }

    /** The number's symbol: NQ (resolution) or QĐ (decision), of a cell (CB), a provincial committee (TU) or another (ĐU). */
    static String symbol(OrganizationRef issuer, boolean decision) {
        String what = decision ? "-QĐ/" : "-NQ/";
        if (issuer.type().isCell()) {
            return what + "CB";
        }
        return what + (issuer.type() == OrganizationType.PROVINCIAL ? "TU" : "ĐU");
    }

    private static String share(Formats formats, int part, int whole) {
        return whole == 0 ? NUMBER_BLANK : formats.decimal(BigDecimal.valueOf(part * 100L)
                .divide(BigDecimal.valueOf(whole), 2, RoundingMode.HALF_UP));
    }

    private static String date(LocalDate date) {
        return date == null ? BLANK : VietnameseDates.format(date);
    }

    private void put(String name, String value) {
        fields.put(name, DocxPdf.nfc(value));
    }

    boolean draft() {
        return !paper.recorded();
    }

    @Override
    public TemplateKind kind() {
        return TemplateKind.byCode(form.code()).orElseThrow();
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public long organizationId() {
        return organizationId;
    }

    @Override
    public String fileName() {
        return "mau-" + form.code().toLowerCase(Locale.ROOT) + "-ho-so-" + papers.dossierId()
                + (paper.recorded() ? "" : "-du-thao");
    }

    @Override
    public Map<String, Object> fields() {
        return fields;
    }
}

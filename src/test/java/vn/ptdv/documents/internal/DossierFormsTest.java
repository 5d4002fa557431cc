package vn.ptdv.documents.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import vn.ptdv.admission.AdmissionForm;
import vn.ptdv.admission.DossierPapers;
import vn.ptdv.admission.DossierState;
import vn.ptdv.admission.StepCode;
import vn.ptdv.admission.StepData;
import vn.ptdv.membership.Gender;
import vn.ptdv.membership.PersonRef;
import vn.ptdv.membership.Religion;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;
import vn.ptdv.shared.FieldMessagesTest;
import vn.ptdv.shared.Formats;

/**
 * The six forms of a dossier filled from its steps and read back from Word (POI) and PDF
 * (PDFBox), without Spring: the title, the names and the numbers of the recorded steps, the
 * bodies as they were named on the step's date, who decides (the superior's standing committee
 * or a delegated grassroots committee), and a draft for a step not recorded yet.
 */
class DossierFormsTest {
    private static final LocalDate RENAMED_ON = LocalDate.of(2027, 1, 1);
    private static final OrganizationRef PROVINCE = new OrganizationRef(1, "T", "Đảng bộ tỉnh Hòa Bình",
            OrganizationType.PROVINCIAL, null, null);
    private static final OrganizationRef COMMITTEE = new OrganizationRef(2, "T-A", "Đảng bộ phường Đông Tiến",
            OrganizationType.GRASSROOTS_COMMITTEE, null, null);
    private static final OrganizationRef CELL = new OrganizationRef(3, "T-A-1", "Chi bộ Khu phố Đông",
            OrganizationType.CELL, null, null);
    private static final OrganizationRef GRASSROOTS_CELL = new OrganizationRef(4, "T-B", "Chi bộ Trường Tiểu học Kim Đồng",
            OrganizationType.GRASSROOTS_CELL, null, null);
    private static final PersonRef APPLICANT = new PersonRef(7, "Nguyễn Thị Hường", LocalDate.of(1998, 4, 20),
            Gender.FEMALE, null, "01", Religion.NONE, "12/12", 3);

    private final Formats formats = new Formats();

    /** A name as it stood on the day: the cell was renamed on 01/01/2027. */
    private static String nameOn(OrganizationRef organization, LocalDate day) {
        return organization.id() == CELL.id() && !day.isBefore(RENAMED_ON) ? "Chi bộ Khu phố Đông Mới"
                : organization.name();
    }

    private static PartyHeading heading(OrganizationRef organization, LocalDate day, String title) {
        OrganizationRef parent = organization.id() == CELL.id() ? COMMITTEE
                : organization.id() == PROVINCE.id() ? null : PROVINCE;
        return PartyHeading.of(organization, nameOn(organization, day), parent == null ? List.of() : List.of(parent),
                parent == null ? "" : parent.name(), day, title, "");
    }

    private record Step(StepCode code, LocalDate date, StepData data, OrganizationRef body) {
    }

    /** A dossier of the cell under the grassroots committee, decided by the province's standing committee, with these steps recorded. */
    private static DossierPapers dossier(OrganizationRef cell, OrganizationRef authority, Step... recorded) {
        boolean grassrootsCell = cell.type() == OrganizationType.GRASSROOTS_CELL;
        LocalDate today = LocalDate.of(2028, 3, 2);
        List<DossierPapers.Paper> steps = new ArrayList<>();
        Map<StepCode, OrganizationRef> owners = new java.util.EnumMap<>(StepCode.class);
        for (StepCode code : List.of(StepCode.CELL_RESOLUTION, StepCode.CEREMONY,
                StepCode.RECOGNITION_CELL_RESOLUTION)) {
            owners.put(code, cell);
        }
        if (!grassrootsCell) {
            owners.put(StepCode.COMMITTEE_RESOLUTION, COMMITTEE);
            owners.put(StepCode.RECOGNITION_COMMITTEE_RESOLUTION, COMMITTEE);
        }
        owners.put(StepCode.ADMISSION_DECISION, authority);
        owners.put(StepCode.RECOGNITION_DECISION, authority);
        LocalDate ceremony = null;
        for (StepCode code : StepCode.values()) {
            OrganizationRef owner = owners.get(code);
            if (owner == null) {
                continue;
            }
            Step step = java.util.Arrays.stream(recorded).filter(s -> s.code() == code).findFirst().orElse(null);
            steps.add(step == null ? new DossierPapers.Paper(code, null, null, owner, today, null)
                    : new DossierPapers.Paper(code, step.date(), step.data(), step.body() == null ? owner : step.body(),
                            step.date(), outcome(step.data())));
            if (step != null && code == StepCode.CEREMONY) {
                ceremony = step.date();
            }
        }
        return new DossierPapers(42, APPLICANT, DossierState.PROPOSED, cell,
                ceremony == null ? null : ceremony.plusMonths(12), steps);
    }

    /** Two thirds of those entitled, for or against. */
    private static DossierPapers.Outcome outcome(StepData data) {
        if (!(data instanceof StepData.Vote vote)) {
            return null;
        }
        if (vote.votesFor() * 3 >= vote.entitled() * 2) {
            return DossierPapers.Outcome.PASSED;
        }
        return vote.againstOrRest() * 3 >= vote.entitled() * 2 ? DossierPapers.Outcome.REJECTED
                : DossierPapers.Outcome.UNDECIDED;
    }

    private static final Step CELL_VOTE = new Step(StepCode.CELL_RESOLUTION, LocalDate.of(2026, 9, 15),
            StepData.ProposalVote.of(9, 8), null);
    private static final Step COMMITTEE_VOTE = new Step(StepCode.COMMITTEE_RESOLUTION, LocalDate.of(2026, 9, 22),
            StepData.CommitteeVote.of(7, 6), null);
    private static final Step DECISION = new Step(StepCode.ADMISSION_DECISION, LocalDate.of(2026, 10, 5),
            new StepData.Decision("123-QĐ/TU", "T", null), null);
    private static final Step CEREMONY = new Step(StepCode.CEREMONY, LocalDate.of(2026, 10, 19),
            StepData.Ceremony.at("Hội trường"), null);
    private static final Step RECOGNITION_VOTE = new Step(StepCode.RECOGNITION_CELL_RESOLUTION,
            LocalDate.of(2027, 10, 25), new StepData.CellVote(10, 10, 0), null);
    private static final Step RECOGNITION_COMMITTEE = new Step(StepCode.RECOGNITION_COMMITTEE_RESOLUTION,
            LocalDate.of(2027, 11, 1), StepData.CommitteeVote.of(7, 7), null);
    private static final Step RECOGNITION = new Step(StepCode.RECOGNITION_DECISION, LocalDate.of(2027, 11, 10),
            new StepData.Decision("456-QĐ/TU", "T", null), null);

    private DossierFormFields form(AdmissionForm form, DossierPapers papers) {
        return new DossierFormFields(form, papers, DossierFormsTest::nameOn, DossierFormsTest::heading,
                FieldMessagesTest.messages(), formats);
    }

    private static XWPFDocument filled(DossierFormFields data) {
        return WordTemplates.fill(TemplateService.builtIn(data.kind()), data.kind(), data.fields());
    }

    private static String docx(DossierFormFields data) throws Exception {
        byte[] bytes = WordTemplates.bytes(filled(data));
        try (XWPFWordExtractor extractor = new XWPFWordExtractor(new XWPFDocument(new ByteArrayInputStream(bytes)))) {
            return extractor.getText().replaceAll("\\s+", " ");
        }
    }

    private static String pdf(DossierFormFields data) throws Exception {
        try (PDDocument document = Loader.loadPDF(DocxPdf.render(filled(data), data.title()))) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    @Test
    void theCellsResolutionCarriesTheNamesTheMeetingDayAndTheVotes() throws Exception {
        DossierFormFields data = form(AdmissionForm.KND_6, dossier(CELL, PROVINCE, CELL_VOTE));
        for (String text : List.of(docx(data), pdf(data))) {
            assertThat(text).contains("ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ PHƯỜNG ĐÔNG TIẾN", "CHI BỘ KHU PHỐ ĐÔNG",
                    "-NQ/CB", "ngày 15 tháng 09 năm 2026", "NGHỊ QUYẾT", "đề nghị kết nạp đảng viên",
                    "Ngày 15/09/2026, Chi bộ Khu phố Đông đã họp", "quần chúng Nguyễn Thị Hường, sinh ngày 20/04/1998",
                    "chính thức 9 đồng chí", "tán thành: 8/9 đồng chí, đạt 88,89%", "không tán thành: 1 đồng chí, chiếm 11,11%",
                    "Chi bộ đề nghị Đảng ủy phường Đông Tiến xem xét", "T/M CHI BỘ", "BÍ THƯ", "Mẫu 6-KNĐ")
                    .doesNotContain("DỰ THẢO", "{{");
        }
        assertThat(data.title()).isEqualTo("Nghị quyết đề nghị kết nạp đảng viên của chi bộ (Mẫu 6-KNĐ)");
        assertThat(data.fileName()).isEqualTo("mau-6-knd-ho-so-42");
    }

    @Test
    void aStepNotRecordedYetGivesADraftThatSaysSoAndLeavesTheDateVotesAndNumberBlank() throws Exception {
        DossierFormFields data = form(AdmissionForm.KND_8, dossier(CELL, PROVINCE, CELL_VOTE));
        String text = docx(data);
        assertThat(text).contains("DỰ THẢO", "ngày … tháng … năm …", "Ngày ……………, Đảng ủy phường Đông Tiến đã họp",
                "nghị quyết ngày 15/09/2026 của Chi bộ Khu phố Đông", "tán thành: ……/……",
                "Đảng ủy đề nghị Ban Thường vụ Đảng ủy tỉnh Hòa Bình xem xét, quyết định kết nạp quần chúng "
                        + "Nguyễn Thị Hường vào Đảng.", "-NQ/ĐU", "T/M ĐẢNG ỦY");
        assertThat(pdf(data)).contains("DỰ THẢO", "ngày … tháng … năm …");
        try (PDDocument document = Loader.loadPDF(DocxPdf.render(filled(data), data.title()))) {
            Path file = Path.of("target", "screenshots", "form-8-KND-draft.png");
            Files.createDirectories(file.getParent());
            ImageIO.write(new PDFRenderer(document).renderImageWithDPI(0, 110), "png", file.toFile());
        }
        assertThat(data.draft()).isTrue();
        assertThat(data.title()).endsWith("— DỰ THẢO");
        assertThat(data.fileName()).endsWith("-du-thao");

        DossierFormFields recorded = form(AdmissionForm.KND_8, dossier(CELL, PROVINCE, CELL_VOTE, COMMITTEE_VOTE));
        assertThat(recorded.draft()).isFalse();
        assertThat(docx(recorded)).doesNotContain("DỰ THẢO").contains("ngày 22 tháng 09 năm 2026",
                "tán thành: 6/7 đồng chí, đạt 85,71%");
    }

    @Test
    void theAdmissionDecisionIsTheSuperiorsStandingCommitteesWithItsNumberAndTheProposals() throws Exception {
        DossierFormFields data = form(AdmissionForm.KND_9, dossier(CELL, PROVINCE, CELL_VOTE, COMMITTEE_VOTE,
                DECISION));
        for (String text : List.of(docx(data), pdf(data))) {
            assertThat(text).contains("ĐẢNG ỦY TỈNH HÒA BÌNH", "Số 123-QĐ/TU", "ngày 05 tháng 10 năm 2026",
                    "QUYẾT ĐỊNH", "kết nạp đảng viên",
                    "Xét đề nghị của Chi bộ Khu phố Đông (nghị quyết họp ngày 15/09/2026), Đảng ủy phường Đông Tiến "
                            + "(nghị quyết họp ngày 22/09/2026)",
                    "BAN THƯỜNG VỤ ĐẢNG ỦY TỈNH HÒA BÌNH", "Điều 1. Kết nạp quần chúng Nguyễn Thị Hường, sinh ngày "
                            + "20/04/1998", "T/M BAN THƯỜNG VỤ", "Đồng chí Nguyễn Thị Hường")
                    .doesNotContain("DỰ THẢO");
        }
        DossierFormFields draft = form(AdmissionForm.KND_9, dossier(CELL, PROVINCE, CELL_VOTE, COMMITTEE_VOTE));
        assertThat(docx(draft)).contains("DỰ THẢO", "-QĐ/TU", "ngày … tháng … năm …").doesNotContain("123-QĐ");
    }

    @Test
    void aGrassrootsCommitteeDelegatedThePowerDecidesAsAFullCommittee() throws Exception {
        DossierPapers papers = dossier(CELL, COMMITTEE, CELL_VOTE, COMMITTEE_VOTE,
                new Step(StepCode.ADMISSION_DECISION, LocalDate.of(2026, 10, 5),
                        new StepData.Decision("15-QĐ/ĐU", "T-A", null), null));
        String decision = docx(form(AdmissionForm.KND_9, papers));
        assertThat(decision).contains("ĐẢNG ỦY PHƯỜNG ĐÔNG TIẾN QUYẾT ĐỊNH", "Số 15-QĐ/ĐU", "T/M ĐẢNG ỦY")
                .doesNotContain("BAN THƯỜNG VỤ");
        assertThat(docx(form(AdmissionForm.KND_8, papers))).contains("Đảng ủy (được ủy quyền quyết định kết nạp "
                + "đảng viên) quyết định kết nạp quần chúng Nguyễn Thị Hường vào Đảng.");
    }

    @Test
    void aGrassrootsCellProposesStraightToTheAuthority() throws Exception {
        DossierPapers papers = dossier(GRASSROOTS_CELL, PROVINCE, CELL_VOTE);
        assertThat(papers.forms()).containsExactly(AdmissionForm.KND_6, AdmissionForm.KND_9, AdmissionForm.KND_13,
                AdmissionForm.KND_16);
        assertThat(docx(form(AdmissionForm.KND_6, papers))).contains(
                "Chi bộ đề nghị Ban Thường vụ Đảng ủy tỉnh Hòa Bình xem xét", "CHI BỘ TRƯỜNG TIỂU HỌC KIM ĐỒNG");
        assertThat(docx(form(AdmissionForm.KND_9, papers))).contains(
                "Xét đề nghị của Chi bộ Trường Tiểu học Kim Đồng (nghị quyết họp ngày 15/09/2026) về việc")
                .doesNotContain("Đảng ủy phường");
    }

    @Test
    void aRecognitionVoteWithoutTwoThirdsProposesTheRemovalOrIsTakenAgain() throws Exception {
        Step[] admitted = {CELL_VOTE, COMMITTEE_VOTE, DECISION, CEREMONY};
        DossierPapers against = dossier(CELL, PROVINCE, append(admitted, new Step(StepCode.RECOGNITION_CELL_RESOLUTION,
                LocalDate.of(2027, 10, 25), new StepData.CellVote(9, 3, 6), null)));
        assertThat(docx(form(AdmissionForm.KND_13, against))).contains("tán thành: 3/9 đồng chí, đạt 33,33%",
                "không tán thành đạt hai phần ba: chi bộ đề nghị Đảng ủy phường Đông Tiến xem xét, quyết định xóa tên "
                        + "đồng chí Nguyễn Thị Hường").doesNotContain("công nhận đồng chí");
        DossierPapers split = dossier(CELL, PROVINCE, append(admitted, new Step(StepCode.RECOGNITION_CELL_RESOLUTION,
                LocalDate.of(2027, 10, 25), new StepData.CellVote(9, 5, 4), null)));
        assertThat(docx(form(AdmissionForm.KND_13, split))).contains("đều chưa đạt hai phần ba: chi bộ sẽ họp xét lại");
        DossierPapers passed = dossier(CELL, PROVINCE, append(admitted, new Step(StepCode.RECOGNITION_CELL_RESOLUTION,
                LocalDate.of(2027, 10, 25), new StepData.CellVote(9, 6, 3), null)));
        assertThat(docx(form(AdmissionForm.KND_13, passed))).contains("tán thành: 6/9 đồng chí, đạt 66,67%",
                "Chi bộ đề nghị Đảng ủy phường Đông Tiến xem xét, công nhận đồng chí Nguyễn Thị Hường là đảng viên "
                        + "chính thức kể từ ngày 19/10/2027.");
    }

    private static Step[] append(Step[] steps, Step step) {
        Step[] all = java.util.Arrays.copyOf(steps, steps.length + 1);
        all[steps.length] = step;
        return all;
    }

    @Test
    void everyFieldOfTheFormsIsExplainedOnTheTemplatesPage() {
        var messages = FieldMessagesTest.messages();
        for (AdmissionForm form : AdmissionForm.values()) {
            TemplateKind kind = TemplateKind.byCode(form.code()).orElseThrow();
            assertThat(messages.text(kind.messageKey())).contains("mẫu " + form.label());
            for (String field : kind.allNames()) {
                assertThat(messages.text("document.field." + field)).as(field).isNotEqualTo("document.field." + field);
            }
        }
    }

    @Test
    void aClosedDossierOffersTheFormsOfItsRecordedStepsAndNoDrafts() {
        DossierPapers refused = dossier(CELL, PROVINCE, CELL_VOTE, COMMITTEE_VOTE);
        DossierPapers closed = new DossierPapers(refused.dossierId(), APPLICANT, DossierState.REFUSED, CELL, null,
                refused.steps());
        assertThat(refused.forms()).hasSize(6);
        assertThat(closed.forms()).containsExactly(AdmissionForm.KND_6, AdmissionForm.KND_8);
    }

    @Test
    void theRecognitionFormsCountTheYearOfProbationFromTheCeremonyAndNameTheCellAsItWasThen() throws Exception {
        DossierPapers papers = dossier(CELL, PROVINCE, CELL_VOTE, COMMITTEE_VOTE, DECISION, CEREMONY,
                RECOGNITION_VOTE, RECOGNITION_COMMITTEE, RECOGNITION);
        String cell = docx(form(AdmissionForm.KND_13, papers));
        assertThat(cell).contains("đề nghị công nhận đảng viên chính thức", "Ngày 25/10/2027, Chi bộ Khu phố Đông Mới "
                + "đã họp", "được kết nạp vào Đảng ngày 19/10/2026", "tán thành: 10/10 đồng chí, đạt 100,00%",
                "không tán thành: 0 đồng chí, chiếm 0,00%", "là đảng viên chính thức kể từ ngày 19/10/2027");
        assertThat(docx(form(AdmissionForm.KND_6, papers))).as("the cell's name on the day of its first vote")
                .contains("Chi bộ Khu phố Đông đã họp").doesNotContain("Đông Mới");
        assertThat(docx(form(AdmissionForm.KND_15, papers))).contains("Đảng ủy đề nghị Ban Thường vụ Đảng ủy tỉnh "
                + "Hòa Bình xem xét, quyết định công nhận đồng chí Nguyễn Thị Hường là đảng viên chính thức kể từ ngày "
                + "19/10/2027.");
        DossierFormFields decision = form(AdmissionForm.KND_16, papers);
        for (String text : List.of(docx(decision), pdf(decision))) {
            assertThat(text).contains("Số 456-QĐ/TU", "công nhận đảng viên chính thức", "Điều 1. Công nhận đồng chí "
                    + "Nguyễn Thị Hường, sinh ngày 20/04/1998, được kết nạp vào Đảng ngày 19/10/2026, là đảng viên "
                    + "chính thức kể từ ngày 19/10/2027", "BAN THƯỜNG VỤ ĐẢNG ỦY TỈNH HÒA BÌNH QUYẾT ĐỊNH");
        }
    }

    @Test
    void eachFormsPdfHasAGlyphForEveryCharacterAndItsPageRendersAsAPartyDocument() throws Exception {
        DossierPapers papers = dossier(CELL, PROVINCE, CELL_VOTE, COMMITTEE_VOTE, DECISION, CEREMONY, RECOGNITION_VOTE,
                RECOGNITION_COMMITTEE, RECOGNITION);
        for (AdmissionForm form : AdmissionForm.values()) {
            DossierFormFields data = form(form, papers);
            try (PDDocument document = Loader.loadPDF(DocxPdf.render(filled(data), data.title()))) {
                String text = new PDFTextStripper().getText(document);
                assertThat(text).doesNotContain("?");
                for (PdfFonts.Style style : PdfFonts.Style.values()) {
                    TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBuffer(PdfFonts.file(style)));
                    var cmap = font.getUnicodeCmapLookup();
                    text.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> assertThat(
                            cmap.getGlyphId(cp)).as("glyph of U+%04X in %s", cp, style).isNotZero());
                }
                assertThat(document.getNumberOfPages()).as(form.label() + " with its signature on one page").isEqualTo(1);
                BufferedImage page = new PDFRenderer(document).renderImageWithDPI(0, 110);
                Path file = Path.of("target", "screenshots", "form-" + form.code() + ".png");
                Files.createDirectories(file.getParent());
                ImageIO.write(page, "png", file.toFile());
                assertThat(Files.size(file)).isPositive();
            }
        }
    }
}

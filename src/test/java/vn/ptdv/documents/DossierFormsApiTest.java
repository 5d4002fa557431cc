package vn.ptdv.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.MockMvc;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.DecidedDossiers;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;
import vn.ptdv.support.MutableClock;

/**
 * The forms of a dossier through the API, on a dossier taken to its admission decision: the
 * recorded steps' forms come filled (names, dates, votes, the decision's number, the bodies of
 * the step's date), the steps to come as drafts; the dossier's scope, the form's code and the
 * format are checked; every form is audited; an administrator's changed template is used.
 */
@IntegrationTest
class DossierFormsApiTest {
    private static final LocalDate TODAY = MutableClock.today();
    private static final String FORM = "/api/v1/dossiers/{id}/documents/{form}?format={format}";

    @Autowired
    MockMvc mvc;
    @Autowired
    UserDetailsService users;
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;

    Api api;
    Fixtures.Tree tree;
    String department;
    DecidedDossiers dossiers;

    @BeforeEach
    void setUp() throws Exception {
        api = new Api(mvc, users);
        tree = fixtures.tree();
        department = fixtures.user(Role.ORG_DEPARTMENT, tree.province());
        dossiers = new DecidedDossiers(api, department, tree, tree.cellA1(), tree.cellA2());
    }

    private byte[] file(String user, long dossier, String form, String format) throws Exception {
        return api.get(user, FORM, dossier, form, format).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsByteArray();
    }

    @Test
    void theFormsOfTheRecordedStepsComeFilledAndTheStepsToComeAsDrafts() throws Exception {
        long dossier = dossiers.decided("Lê Thị Thu Hà", tree.cellA1(), "2026-10-05");
        String decisionNumber = jdbc.sql("SELECT data FROM dossier_step WHERE dossier_id = :d AND step = "
                + "'ADMISSION_DECISION'").param("d", dossier).query(String.class).single()
                .replaceAll(".*\"decisionNumber\"\\s*:\\s*\"([^\"]+)\".*", "$1");
        String province = "ĐẢNG ỦY TỈNH THỬ NGHIỆM " + tree.prefix().toUpperCase(java.util.Locale.ROOT);

        String resolution = DocumentFiles.docxText(file(department, dossier, "6-KND", "docx"));
        assertThat(resolution).contains("NGHỊ QUYẾT", "đề nghị kết nạp đảng viên", "Lê Thị Thu Hà", "20/04/1998",
                "ngày 15 tháng 09 năm 2026", "tán thành: 8/9 đồng chí, đạt 88,89%", "-NQ/CB", "Mẫu 6-KNĐ")
                .doesNotContain("DỰ THẢO");
        assertThat(DocumentFiles.docxFonts(file(department, dossier, "6-KND", "docx"))).contains("Times New Roman");

        String committee = DocumentFiles.pdfText(file(department, dossier, "8-KND", "pdf"));
        assertThat(committee).contains("NGHỊ QUYẾT", "Lê Thị Thu Hà", "ngày 22 tháng 09 năm 2026",
                "tán thành: 6/7 đồng chí, đạt 85,71%", "-NQ/ĐU", "Ban Thường vụ Đảng ủy tỉnh Thử Nghiệm");

        api.get(department, FORM, dossier, "9-KND", "pdf").andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/pdf"))
                .andExpect(header().string("Content-Disposition", containsString("mau-9-knd-ho-so-" + dossier + ".pdf")));
        String decision = DocumentFiles.pdfText(file(department, dossier, "9-KND", "pdf"));
        assertThat(decision).contains("QUYẾT ĐỊNH", "kết nạp đảng viên", "Số " + decisionNumber, province,
                "BAN THƯỜNG VỤ " + province, "ngày 05 tháng 10 năm 2026", "Kết nạp quần chúng Lê Thị Thu Hà, sinh ngày "
                        + "20/04/1998", "T/M BAN THƯỜNG VỤ")
                .doesNotContain("DỰ THẢO");

        String recognition = DocumentFiles.pdfText(file(department, dossier, "16-KND", "pdf"));
        assertThat(recognition).contains("DỰ THẢO", "QUYẾT ĐỊNH", "công nhận đảng viên chính thức", "Lê Thị Thu Hà",
                "ngày … tháng … năm …");
        api.get(department, FORM, dossier, "13-KND", "docx").andExpect(status().isOk()).andExpect(
                header().string("Content-Disposition", containsString("mau-13-knd-ho-so-" + dossier + "-du-thao.docx")));

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'DOCUMENT_PRODUCED' AND entity_key = "
                + "'9-KND' AND username = :u").param("u", department).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void anUnknownFormOrFormatIsNamedAndADossierOutsideTheScopeAnswersAsAMissingOne() throws Exception {
        long dossier = dossiers.decided("Hoàng Văn Nam", tree.cellA2(), "2026-10-06");
        api.get(department, FORM, dossier, "7-KND", "pdf").andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail", containsString("\"7-KND\"")));
        api.get(department, FORM, dossier, "6-KND", "xlsx").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.detail", containsString("xlsx")));

        String communeB = fixtures.user(Role.ORG_DEPARTMENT, tree.communeB());
        String outside = api.get(communeB, FORM, dossier, "6-KND", "pdf").andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        String missing = api.get(communeB, FORM, 987654321L, "6-KND", "pdf").andExpect(status().isNotFound())
                .andReturn().getResponse().getContentAsString();
        assertThat(outside.replace(String.valueOf(dossier), "#")).isEqualTo(missing.replace("987654321", "#"));
        assertThat(outside).doesNotContain("Hoàng Văn Nam");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_log WHERE action = 'DOCUMENT_PRODUCED' AND username = :u")
                .param("u", communeB).query(Long.class).single()).isZero();
    }

    @Test
    void anAdministratorsChangedFormIsUsedForTheNextDocumentAndAnUnknownFieldIsRefused() throws Exception {
        String admin = fixtures.user(Role.ADMIN, null);
        byte[] template = api.get(admin, "/api/v1/document-templates/16-KND").andExpect(status().isOk())
                .andReturn().getResponse().getContentAsByteArray();
        api.upload(admin, "/api/v1/document-templates/16-KND?validFrom=" + TODAY, "16-sai.docx",
                DocumentFiles.withLine(template, "Quê quán: {{hometown}}")).andExpect(status().isUnprocessableEntity())
                .andExpect(jsonPath("$.errors[0].message", containsString("hometown")));
        api.upload(admin, "/api/v1/document-templates/16-KND?validFrom=" + TODAY, "16-tinh.docx",
                DocumentFiles.withLine(template, "Bản của tỉnh — {{fullName}}, {{cellName}}"))
                .andExpect(status().isCreated());

        long dossier = dossiers.decided("Đinh Thị Ngọc Ánh", tree.cellA1(), "2026-10-07");
        assertThat(DocumentFiles.docxText(file(department, dossier, "16-KND", "docx")))
                .contains("Bản của tỉnh — Đinh Thị Ngọc Ánh, Chi bộ Khu phố Đông", "DỰ THẢO");
        assertThat(DocumentFiles.pdfText(file(department, dossier, "16-KND", "pdf")))
                .contains("Bản của tỉnh — Đinh Thị Ngọc Ánh");
    }
}

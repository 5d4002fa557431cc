package vn.ptdv.backup;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.zip.ZipFile;
import org.h2.tools.Restore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.ptdv.support.ForkedApplication;

/**
 * An administrator's backup ("Sao lưu") of the embedded database, restored into an empty data
 * folder, gives back the same reports; the backup is in the audit log.
 */
class BackupRoundTripTest {
    private static final String REPORT = "/api/v1/reports/membership?organization=SL&date=2025-06-30";

    @TempDir
    Path original;
    @TempDir
    Path restored;

    @Test
    void aBackupRestoredIntoAnEmptyDatabaseGivesTheSameReports() throws Exception {
        String before;
        Path zip = original.resolve("sao-luu.zip");
        try (ForkedApplication application = ForkedApplication.start(original)) {
            created(application, """
                    {"code": "SL", "name": "Đảng bộ tỉnh Sao Lưu", "type": "PROVINCIAL", "establishedOn": "2000-01-01"}""");
            created(application, """
                    {"code": "SL-A", "name": "Đảng bộ xã Sao Lưu", "type": "GRASSROOTS_COMMITTEE", "parentCode": "SL",
                     "establishedOn": "2000-01-01"}""");
            created(application, """
                    {"code": "SL-A-1", "name": "Chi bộ Thôn Một", "type": "CELL", "parentCode": "SL-A",
                     "cellKind": "RESIDENTIAL", "establishedOn": "2000-01-01"}""");
            member(application, "Nguyễn Văn An", "1980-02-03", "MALE", "2010-05-19", "2011-05-19");
            member(application, "Lò Thị Hoa", "1995-07-08", "FEMALE", "2024-09-02", null);
            member(application, "Trần Văn Bình", "1960-11-12", "MALE", "1990-03-03", "1991-03-03");
            HttpResponse<String> report = application.get(REPORT);
            assertThat(report.statusCode()).isEqualTo(200);
            before = report.body();
            assertThat(before).contains("\"total\":3");

            HttpResponse<Path> backup = application.http().send(application.asAdmin("/api/v1/backups")
                    .POST(java.net.http.HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.ofFile(zip));
            assertThat(backup.statusCode()).isEqualTo(200);
            assertThat(backup.headers().firstValue("Content-Type")).hasValue("application/zip");
            assertThat(backup.headers().firstValue("Content-Disposition").orElseThrow())
                    .contains("attachment").contains("ptdv-sao-luu-");
        }
        try (ZipFile file = new ZipFile(zip.toFile())) {
            assertThat(file.stream().map(java.util.zip.ZipEntry::getName)).contains("ptdv.mv.db");
        }
        try (Connection db = DriverManager.getConnection("jdbc:h2:file:" + original.resolve("data/ptdv")
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE", "sa", "");
                ResultSet audit = db.createStatement().executeQuery(
                        "SELECT username FROM audit_log WHERE action = 'DATABASE_BACKUP'")) {
            assertThat(audit.next()).isTrue();
            assertThat(audit.getString(1)).isEqualTo("admin");
        }

        Path data = Files.createDirectories(restored.resolve("data"));
        Restore.execute(zip.toString(), data.toString(), "ptdv");
        try (ForkedApplication application = ForkedApplication.start(restored)) {
            HttpResponse<String> report = application.get(REPORT);
            assertThat(report.statusCode()).isEqualTo(200);
            assertThat(report.body()).isEqualTo(before);
        }
    }

    private static void created(ForkedApplication application, String json) throws Exception {
        HttpResponse<String> response = application.postJson("/api/v1/organizations", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    private static void member(ForkedApplication application, String name, String birthDate, String gender,
            String admittedOn, String officialOn) throws Exception {
        HttpResponse<String> response = application.postJson("/api/v1/members", """
                {"person": {"fullName": "%s", "birthDate": "%s", "gender": "%s", "ethnicity": "01", "religion": "NONE",
                            "residenceOrganizationCode": "SL-A-1"},
                 "organizationCode": "SL-A-1", "admittedOn": "%s"%s}
                """.formatted(name, birthDate, gender, admittedOn,
                officialOn == null ? "" : ", \"officialOn\": \"" + officialOn + "\""));
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }
}

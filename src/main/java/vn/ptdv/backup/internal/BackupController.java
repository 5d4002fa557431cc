package vn.ptdv.backup.internal;

import java.io.IOException;
import java.nio.file.Files;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** "Cài đặt → Sao lưu": the page that explains backups and the POST that downloads one. */
@Controller
class BackupController {
    private final DatabaseBackup backups;

    BackupController(DatabaseBackup backups) {
        this.backups = backups;
    }

    @GetMapping("/settings/backup")
    String page(Model model) {
        backups.requireAdmin();
        model.addAttribute("kind", backups.kind().name());
        return "backup/backup";
    }

    @PostMapping("/settings/backup")
    ResponseEntity<StreamingResponseBody> download() {
        return BackupController.send(backups.backUp());
    }

    /** Streams the zip, then deletes the temporary copy. */
    static ResponseEntity<StreamingResponseBody> send(DatabaseBackup.BackupFile file) {
        StreamingResponseBody body = out -> {
            try {
                Files.copy(file.path(), out);
            } finally {
                deleteQuietly(file);
            }
        };
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType("application/zip"))
                .contentLength(file.size())
                .header(HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(file.fileName()).build().toString())
                .body(body);
    }

    private static void deleteQuietly(DatabaseBackup.BackupFile file) {
        try {
            Files.deleteIfExists(file.path());
            Files.deleteIfExists(file.path().getParent());
        } catch (IOException ignored) {
            // A temporary file left behind is removed with the temporary directory.
        }
    }
}

package vn.ptdv.backup.internal;

import io.swagger.v3.oas.annotations.Operation;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/** The same backup for scripts: administrators only, the embedded database only. */
@RestController
class BackupApiController {
    private final DatabaseBackup backups;

    BackupApiController(DatabaseBackup backups) {
        this.backups = backups;
    }

    @PostMapping("/api/v1/backups")
    @Operation(summary = "Sao lưu cơ sở dữ liệu nhúng (H2) thành tệp zip; chỉ quản trị hệ thống")
    ResponseEntity<StreamingResponseBody> backUp() {
        return BackupController.send(backups.backUp());
    }
}

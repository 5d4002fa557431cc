package vn.ptdv.backup.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import javax.sql.DataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.shared.ConflictException;
import vn.ptdv.shared.ForbiddenException;

/**
 * Takes an online backup of the embedded H2 database with {@code BACKUP TO}: a consistent copy of
 * the database file in a zip, taken while users keep working. Administrators only; every backup
 * is written to the audit log. On PostgreSQL there is nothing to do here: {@code pg_dump} is the tool.
 */
@Service
class DatabaseBackup {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd-HHmmss");

    private final DataSource dataSource;
    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final AccessScope scope;
    private final Clock clock;
    private volatile DatabaseKind kind;

    DatabaseBackup(DataSource dataSource, JdbcClient jdbc, AuditLog audit, AccessScope scope, Clock clock) {
        this.dataSource = dataSource;
        this.jdbc = jdbc;
        this.audit = audit;
        this.scope = scope;
        this.clock = clock;
    }

    /** A backup taken to a temporary file, with the name it is offered under. */
    record BackupFile(Path path, String fileName, long size) {
    }

    /** The embedded H2 file database is the only kind this action backs up. */
    enum DatabaseKind {
        EMBEDDED_FILE, IN_MEMORY, EXTERNAL
    }

    DatabaseKind kind() {
        DatabaseKind known = kind;
        if (known == null) {
            try (Connection connection = dataSource.getConnection()) {
                String url = connection.getMetaData().getURL();
                known = url == null || !url.startsWith("jdbc:h2:") ? DatabaseKind.EXTERNAL
                        : url.startsWith("jdbc:h2:mem:") ? DatabaseKind.IN_MEMORY : DatabaseKind.EMBEDDED_FILE;
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot read the database's address", e);
            }
            kind = known;
        }
        return known;
    }

    void requireAdmin() {
        if (!scope.user().isAdmin()) {
            throw new ForbiddenException("backup.forbidden");
        }
    }

    /** Backs the database up into a temporary zip file, which the caller sends and deletes. */
    @Transactional
    BackupFile backUp() {
        requireAdmin();
        switch (kind()) {
            case EXTERNAL -> throw new ConflictException("backup.notEmbedded");
            case IN_MEMORY -> throw new ConflictException("backup.inMemory");
            case EMBEDDED_FILE -> {
                // backed up below
            }
        }
        String fileName = "ptdv-sao-luu-" + LocalDateTime.now(clock).format(STAMP) + ".zip";
        Path target;
        try {
            Path directory = Files.createTempDirectory("ptdv-backup-");
            target = directory.resolve(fileName);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        jdbc.sql("BACKUP TO '" + target.toAbsolutePath().toString().replace("'", "''") + "'").update();
        long size;
        try {
            size = Files.size(target);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record("DATABASE_BACKUP", "database", fileName, null, "size=" + size);
        return new BackupFile(target, fileName, size);
    }
}

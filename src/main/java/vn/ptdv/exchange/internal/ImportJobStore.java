package vn.ptdv.exchange.internal;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.ptdv.exchange.ImportCounts;

/** SQL of import jobs. Each statement commits on its own: a job's progress is seen while it runs. */
@Repository
class ImportJobStore {
    /** A job as the pages show it: what was imported, where it stands, and what came of it. */
    record Job(long id, String kind, String fileName, boolean dryRun, String status, String sheet, int rowsRead,
            int problemCount, String problems, Integer created, Integer updated, Integer unchanged, String refusalKey,
            String refusalArgs, String createdBy, OffsetDateTime createdAt, OffsetDateTime updatedAt,
            OffsetDateTime finishedAt) {

        public boolean running() {
            return finishedAt == null;
        }

        public ImportCounts counts() {
            return created == null ? null : new ImportCounts(created, updated, unchanged);
        }
    }

    private static final String SELECT = """
            SELECT id, kind, file_name, dry_run, status, sheet, rows_read, problem_count, problems, created_count AS created,
                   updated_count AS updated, unchanged_count AS unchanged, refusal_key, refusal_args, created_by,
                   created_at, updated_at,
                   finished_at
            FROM import_job
            """;

    private final JdbcClient jdbc;

    ImportJobStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(String kind, String fileName, byte[] content, boolean dryRun, Long organizationId, String user,
            OffsetDateTime now) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO import_job (kind, file_name, content, dry_run, status, organization_id, created_by,
                                        created_at, updated_at)
                VALUES (:kind, :fileName, :content, :dryRun, 'QUEUED', :organization, :user, :now, :now)
                """).param("kind", kind).param("fileName", fileName).param("content", content)
                .param("dryRun", dryRun).param("organization", organizationId).param("user", user).param("now", now)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void start(long id, OffsetDateTime now) {
        progress(id, "READING", 0, now);
    }

    void progress(long id, String status, Integer rows, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE import_job SET status = :status, rows_read = COALESCE(:rows, rows_read), updated_at = :now
                WHERE id = :id
                """).param("status", status).param("rows", rows).param("now", now).param("id", id).update();
    }

    /** The end of a job that read its rows: stored, or refused row by row (the file kept for its error workbook). */
    void finish(long id, String sheet, int rows, int problemCount, String problems, ImportCounts stored,
            boolean forgetFile, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE import_job SET status = :status, sheet = :sheet, rows_read = :rows,
                       problem_count = :problemCount, problems = :problems, created_count = :created,
                       updated_count = :updated, unchanged_count = :unchanged,
                       content = CASE WHEN :forget THEN NULL ELSE content END, updated_at = :now, finished_at = :now
                WHERE id = :id
                """).param("status", problemCount > 0 ? "INVALID" : stored == null ? "CHECKED" : "STORED")
                .param("sheet", sheet).param("rows", rows).param("problemCount", problemCount)
                .param("problems", problems).param("created", stored == null ? null : stored.created())
                .param("updated", stored == null ? null : stored.updated())
                .param("unchanged", stored == null ? null : stored.unchanged()).param("forget", forgetFile)
                .param("now", now).param("id", id).update();
    }

    /** The end of a job whose file was refused as a whole. */
    void refuse(long id, String messageKey, String args, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE import_job SET status = 'REFUSED', refusal_key = :key, refusal_args = :args, content = NULL,
                       updated_at = :now, finished_at = :now
                WHERE id = :id
                """).param("key", messageKey).param("args", args).param("now", now).param("id", id).update();
    }

    void fail(long id, OffsetDateTime now) {
        jdbc.sql("""
                UPDATE import_job SET status = 'FAILED', content = NULL, updated_at = :now, finished_at = :now
                WHERE id = :id
                """).param("now", now).param("id", id).update();
    }

    Optional<Job> find(long id) {
        return jdbc.sql(SELECT + " WHERE id = :id").param("id", id).query(Job.class).optional();
    }

    Optional<byte[]> content(long id) {
        return jdbc.sql("SELECT content FROM import_job WHERE id = :id AND content IS NOT NULL").param("id", id)
                .query(byte[].class).optional();
    }

    List<Job> recent(String user, int limit) {
        return jdbc.sql(SELECT + " WHERE created_by = :user ORDER BY created_at DESC, id DESC LIMIT :limit")
                .param("user", user).param("limit", limit).query(Job.class).list();
    }
}

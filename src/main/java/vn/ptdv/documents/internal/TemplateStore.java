package vn.ptdv.documents.internal;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded versions of the templates. */
@Repository
class TemplateStore {
    private final JdbcClient jdbc;

    TemplateStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** An uploaded version, without its content. */
    record Version(long id, String code, LocalDate validFrom, String fileName, OffsetDateTime uploadedAt,
            String uploadedBy) {
    }

    long insert(String code, LocalDate validFrom, String fileName, byte[] content, OffsetDateTime now, String user) {
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO document_template (code, valid_from, file_name, content, uploaded_at, uploaded_by)
                VALUES (:code, :validFrom, :fileName, :content, :now, :user)
                """).param("code", code).param("validFrom", validFrom).param("fileName", fileName)
                .param("content", content).param("now", now).param("user", user).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** The version in force on the day: the latest valid from that day or before, the latest upload of that date first. */
    Optional<Version> inForce(String code, LocalDate day) {
        return jdbc.sql("""
                SELECT id, code, valid_from, file_name, uploaded_at, uploaded_by FROM document_template
                WHERE code = :code AND valid_from <= :day ORDER BY valid_from DESC, id DESC LIMIT 1
                """).param("code", code).param("day", day).query(TemplateStore::version).optional();
    }

    List<Version> versions(String code) {
        return jdbc.sql("""
                SELECT id, code, valid_from, file_name, uploaded_at, uploaded_by FROM document_template
                WHERE code = :code ORDER BY valid_from DESC, id DESC
                """).param("code", code).query(TemplateStore::version).list();
    }

    byte[] content(long id) {
        return jdbc.sql("SELECT content FROM document_template WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes("content")).single();
    }

    private static Version version(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Version(rs.getLong("id"), rs.getString("code"), rs.getObject("valid_from", LocalDate.class),
                rs.getString("file_name"), rs.getObject("uploaded_at", OffsetDateTime.class),
                rs.getString("uploaded_by"));
    }
}

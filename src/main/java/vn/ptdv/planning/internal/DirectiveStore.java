package vn.ptdv.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.planning.NumberSymbol;
import vn.ptdv.shared.PageResult;

/** SQL of directives; their warnings are kept as JSON. */
@Repository
class DirectiveStore {
    private static final TypeReference<List<DirectiveRow.Warning>> WARNINGS = new TypeReference<>() {
    };
    private static final String SELECT = """
            SELECT d.id, d.doc_number, d.type_code, d.issuer_symbol, d.number_symbol, d.doc_type, d.issued_on,
                   d.issuer_id, o.code AS issuer_code, o.name AS issuer_name, d.title, d.warnings
            FROM directive d JOIN organization_directory o ON o.id = d.issuer_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    DirectiveStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    private DirectiveRow map(ResultSet rs, int n) throws SQLException {
        return new DirectiveRow(rs.getLong("id"), rs.getInt("doc_number"), rs.getString("type_code"),
                rs.getString("issuer_symbol"), rs.getString("number_symbol"),
                DirectiveType.valueOf(rs.getString("doc_type")), rs.getObject("issued_on", LocalDate.class),
                rs.getLong("issuer_id"), rs.getString("issuer_code"), rs.getString("issuer_name"),
                rs.getString("title"), json.readValue(rs.getString("warnings"), WARNINGS));
    }

    long insert(NumberSymbol symbol, DirectiveType type, LocalDate issuedOn, long issuerId, String title,
            List<DirectiveRow.Warning> warnings, OffsetDateTime now, String user) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO directive (doc_number, type_code, issuer_symbol, number_symbol, doc_type, issued_on,
                                       issued_year, issuer_id, title, warnings, created_at, created_by)
                VALUES (:number, :typeCode, :issuerSymbol, :numberSymbol, :type, :issuedOn, :year, :issuer, :title,
                        :warnings, :now, :user)
                """)
                .param("number", symbol.number()).param("typeCode", symbol.typeCode())
                .param("issuerSymbol", symbol.issuerSymbol()).param("numberSymbol", symbol.text())
                .param("type", type.name()).param("issuedOn", issuedOn).param("year", issuedOn.getYear())
                .param("issuer", issuerId).param("title", title).param("warnings", json.writeValueAsString(warnings))
                .param("now", now).param("user", user).update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Whether the issuer already issued a directive of this number and symbol in the year. */
    boolean taken(long issuerId, int year, String numberSymbol) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM directive WHERE issuer_id = :issuer AND issued_year = :year
                  AND number_symbol = :symbol
                """).param("issuer", issuerId).param("year", year).param("symbol", numberSymbol)
                .query(Long.class).single() > 0;
    }

    Optional<DirectiveRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(this::map).optional();
    }

    /** Directives issued by the organizations of the subtree, the latest first. */
    PageResult<DirectiveRow> page(SubtreeSql subtree, int page, int size) {
        Map<String, Object> params = new HashMap<>();
        subtree.bind(params);
        String where = " WHERE " + subtree.condition("d.issuer_id");
        long total = jdbc.sql("SELECT COUNT(*) FROM directive d" + where).params(params).query(Long.class).single();
        params.put("limit", size);
        params.put("offset", (long) page * size);
        List<DirectiveRow> rows = jdbc.sql(SELECT + where + " ORDER BY d.issued_on DESC, d.id DESC LIMIT :limit OFFSET :offset")
                .params(params).query(this::map).list();
        return new PageResult<>(rows, page, size, total);
    }

    /** The latest directives of every issuer. */
    List<DirectiveRow> latest(int count) {
        return jdbc.sql(SELECT + " ORDER BY d.issued_on DESC, d.id DESC FETCH FIRST " + count + " ROWS ONLY")
                .query(this::map).list();
    }
}

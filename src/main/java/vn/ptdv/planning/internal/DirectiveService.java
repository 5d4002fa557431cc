package vn.ptdv.planning.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.ptdv.audit.AuditLog;
import vn.ptdv.organization.AccessScope;
import vn.ptdv.organization.OrganizationDirectory;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.SubtreeSql;
import vn.ptdv.planning.DirectiveType;
import vn.ptdv.shared.DateInput;
import vn.ptdv.shared.Messages;
import vn.ptdv.shared.NotFoundException;
import vn.ptdv.shared.PageResult;
import vn.ptdv.shared.Problems;

/**
 * Directives: plans, resolutions, instructions… by number and symbol. A symbol whose issuing
 * body does not sign at the issuer's level, or whose kind differs from the kind given, is
 * stored with a warning; the same number and symbol twice for one issuer in one year is refused.
 */
@Service
class DirectiveService {
    private static final TypeReference<List<Warning>> WARNINGS = new TypeReference<>() {
    };
    private static final String SELECT = """
            SELECT d.id, d.doc_number, d.type_code, d.issuer_symbol, d.number_symbol, d.doc_type, d.issued_on,
                   d.issuer_id, o.code AS issuer_code, o.name AS issuer_name, d.title, d.warnings
            FROM directive d JOIN organization_directory o ON o.id = d.issuer_id
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final OrganizationDirectory organizations;
    private final AccessScope scope;
    private final Messages messages;
    private final AuditLog audit;
    private final Clock clock;

    DirectiveService(JdbcClient jdbc, JsonMapper json, OrganizationDirectory organizations, AccessScope scope,
            Messages messages, AuditLog audit, Clock clock) {
        this.jdbc = jdbc;
        this.json = json;
        this.organizations = organizations;
        this.scope = scope;
        this.messages = messages;
        this.audit = audit;
        this.clock = clock;
    }

    record DirectiveInput(String numberSymbol, String type, String issuedOn, String issuerCode, String title) {
    }

    /** A warning stored with the directive, as shown when it was recorded. */
    record Warning(String code, String message) {
    }

    record DirectiveRow(long id, int number, String typeCode, String issuerSymbol, String numberSymbol,
            DirectiveType type, LocalDate issuedOn, long issuerId, String issuerCode, String issuerName, String title,
            List<Warning> warnings) {
    }

    private DirectiveRow map(ResultSet rs, int n) throws SQLException {
        return new DirectiveRow(rs.getLong("id"), rs.getInt("doc_number"), rs.getString("type_code"),
                rs.getString("issuer_symbol"), rs.getString("number_symbol"),
                DirectiveType.valueOf(rs.getString("doc_type")), rs.getObject("issued_on", LocalDate.class),
                rs.getLong("issuer_id"), rs.getString("issuer_code"), rs.getString("issuer_name"),
                rs.getString("title"), json.readValue(rs.getString("warnings"), WARNINGS));
    }

    @Transactional
    DirectiveRow create(DirectiveInput input, DateInput dateInput) {
        Problems problems = new Problems("directive");
        String text = problems.required("numberSymbol", input.numberSymbol());
        NumberSymbol symbol = null;
        if (text != null) {
            try {
                symbol = NumberSymbol.parse(text);
            } catch (NumberSymbol.InvalidNumberSymbol e) {
                problems.malformed("numberSymbol", e.messageKey(), NumberSymbol.normalize(text));
            }
        }
        DirectiveType type = problems.oneOf("type", input.type(), DirectiveType.class, true);
        LocalDate issuedOn = problems.pastDate("issuedOn", input.issuedOn(), true, dateInput, scope.today());
        String title = problems.maxLength("title", problems.required("title", input.title()), 500);
        OrganizationRef issuer = null;
        String issuerCode = problems.required("issuerCode", input.issuerCode());
        if (issuerCode != null) {
            issuer = organizations.findByCode(issuerCode).filter(o -> scope.canSee(o.id())).orElse(null);
            if (issuer == null) {
                problems.refuse("issuerCode", "org.parent.unknown", issuerCode);
            } else {
                scope.requireWritable(issuer);
            }
        }
        String numberSymbol = symbol == null ? null : NumberSymbol.normalize(text);
        if (symbol != null && issuer != null && issuedOn != null && taken(issuer.id(), issuedOn.getYear(), numberSymbol)) {
            problems.refuse("numberSymbol", "directive.duplicate", numberSymbol, issuer.name(),
                    String.valueOf(issuedOn.getYear()));
        }
        problems.throwIfAny();

        List<Warning> warnings = new ArrayList<>();
        if (!symbol.matchesLevel(issuer.type())) {
            warnings.add(new Warning("ISSUER_LEVEL", messages.text("directive.warning.level", symbol.issuerSymbol(),
                    issuer.name(), String.join(", ", NumberSymbol.levelSuffixes(issuer.type()).stream().sorted()
                            .map(s -> "/" + s).toList()))));
        }
        if (!type.codes().contains(symbol.typeCode())) {
            warnings.add(new Warning("TYPE_CODE", messages.text("directive.warning.type", symbol.typeCode(),
                    messages.text(type.messageKey()), String.join(", ", type.codes()))));
        }
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO directive (doc_number, type_code, issuer_symbol, number_symbol, doc_type, issued_on,
                                       issued_year, issuer_id, title, warnings, created_at, created_by)
                VALUES (:number, :typeCode, :issuerSymbol, :numberSymbol, :type, :issuedOn, :year, :issuer, :title,
                        :warnings, :now, :user)
                """)
                .param("number", symbol.number()).param("typeCode", symbol.typeCode())
                .param("issuerSymbol", symbol.issuerSymbol()).param("numberSymbol", numberSymbol)
                .param("type", type.name()).param("issuedOn", issuedOn).param("year", issuedOn.getYear())
                .param("issuer", issuer.id()).param("title", title).param("warnings", json.writeValueAsString(warnings))
                .param("now", OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC))
                .param("user", scope.user().username()).update(keys, "id");
        long id = keys.getKey().longValue();
        audit.record("DIRECTIVE_CREATED", "directive", String.valueOf(id), issuer.id(),
                "name=" + numberSymbol + " " + title);
        return find(id).orElseThrow();
    }

    private boolean taken(long issuerId, int year, String numberSymbol) {
        return jdbc.sql("""
                SELECT COUNT(*) FROM directive WHERE issuer_id = :issuer AND issued_year = :year
                  AND number_symbol = :symbol
                """).param("issuer", issuerId).param("year", year).param("symbol", numberSymbol)
                .query(Long.class).single() > 0;
    }

    Optional<DirectiveRow> find(long id) {
        return jdbc.sql(SELECT + " WHERE d.id = :id").param("id", id).query(this::map).optional();
    }

    /** The directive if the user may see its issuer. */
    @Transactional(readOnly = true)
    DirectiveRow requireVisible(long id) {
        return find(id).filter(d -> scope.canSee(d.issuerId()))
                .orElseThrow(() -> new NotFoundException("directive.notFound", String.valueOf(id)));
    }

    /** Directives issued by the organizations of the subtree, the latest first. */
    @Transactional(readOnly = true)
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

    /** Directives the user may link a target or an assignment to: those of the subtree and of its ancestors. */
    List<DirectiveRow> recentFor(OrganizationRef organization) {
        return jdbc.sql(SELECT + " ORDER BY d.issued_on DESC, d.id DESC FETCH FIRST 200 ROWS ONLY")
                .query(this::map).list().stream().filter(d -> scope.canSee(d.issuerId())
                        || organizations.isWithin(organization.id(), d.issuerId(), scope.today()))
                .toList();
    }
}

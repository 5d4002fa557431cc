package db.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.ptdv.planning.NumberSymbol;

/**
 * Directives stored before their number and symbol had one canonical form ("077-KH/ĐU" is
 * "77-KH/ĐU", "1-HD/TW" is "01-HD/TW") get it, so that the unique key (issuer, year, number and
 * symbol) holds for the same document written two ways. Written in Java to use the very
 * normalization of the application. Two stored rows that turn out to be one document keep the
 * first one's canonical text and leave the other as it was (logged), for a person to merge.
 */
public class V72__canonical_directive_numbers extends BaseJavaMigration {
    private static final Logger log = LoggerFactory.getLogger(V72__canonical_directive_numbers.class);

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        Map<Long, String> changes = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        Map<Long, String> keys = new LinkedHashMap<>();
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT id, issuer_id, issued_year, number_symbol FROM directive ORDER BY id");
                ResultSet rows = select.executeQuery()) {
            while (rows.next()) {
                long id = rows.getLong(1);
                String prefix = rows.getLong(2) + "/" + rows.getInt(3) + "/";
                String stored = rows.getString(4);
                taken.add(prefix + stored);
                String canonical = NumberSymbol.normalize(stored);
                if (!canonical.equals(stored)) {
                    changes.put(id, canonical);
                    keys.put(id, prefix);
                }
            }
        }
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE directive SET number_symbol = ? WHERE id = ?")) {
            for (Map.Entry<Long, String> change : changes.entrySet()) {
                String key = keys.get(change.getKey()) + change.getValue();
                if (!taken.add(key)) {
                    log.warn("Directive {} is the same document as another one ({}); left as it was", change.getKey(),
                            change.getValue());
                    continue;
                }
                update.setString(1, change.getValue());
                update.setLong(2, change.getKey());
                update.executeUpdate();
            }
        }
    }
}

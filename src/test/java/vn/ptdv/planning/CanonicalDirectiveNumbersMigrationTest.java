package vn.ptdv.planning;

import static org.assertj.core.api.Assertions.assertThat;

import db.migration.V72__canonical_directive_numbers;
import java.sql.Connection;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import javax.sql.DataSource;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.api.migration.Context;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/** Migration V72 gives directives stored before the canonical form their canonical number and symbol. */
@IntegrationTest
class CanonicalDirectiveNumbersMigrationTest {
    @Autowired
    Fixtures fixtures;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DataSource dataSource;

    long insert(long issuer, int year, String numberSymbol) {
        jdbc.sql("""
                INSERT INTO directive (doc_number, type_code, issuer_symbol, number_symbol, doc_type, issued_on,
                                       issued_year, issuer_id, title, warnings, created_at, created_by)
                VALUES (77, 'KH', 'ĐU', :symbol, 'PLAN', :on, :year, :issuer, 'Kế hoạch', '[]', :now, 'test')
                """).param("symbol", numberSymbol).param("on", LocalDate.of(year, 1, 15)).param("year", year)
                .param("issuer", issuer).param("now", OffsetDateTime.of(2026, 1, 15, 0, 0, 0, 0, ZoneOffset.UTC))
                .update();
        return jdbc.sql("SELECT id FROM directive WHERE issuer_id = :issuer AND issued_year = :year AND number_symbol = :symbol")
                .param("issuer", issuer).param("year", year).param("symbol", numberSymbol).query(Long.class).single();
    }

    String symbolOf(long id) {
        return jdbc.sql("SELECT number_symbol FROM directive WHERE id = :id").param("id", id).query(String.class).single();
    }

    @Test
    void storedNumbersTakeTheirCanonicalFormAndASecondCopyOfOneDocumentIsLeftAsItWas() throws Exception {
        Fixtures.Tree tree = fixtures.tree();
        long issuer = jdbc.sql("SELECT id FROM organization WHERE code = :code").param("code", tree.communeA())
                .query(Long.class).single();
        long padded = insert(issuer, 2025, "077-KH/ĐU");
        long short2024 = insert(issuer, 2024, "3 - NQ / ÐU");
        long canonical = insert(issuer, 2026, "77-KH/ĐU");
        long copy = insert(issuer, 2026, "077-KH/ĐU");

        try (Connection connection = dataSource.getConnection()) {
            new V72__canonical_directive_numbers().migrate(new Context() {
                @Override
                public Configuration getConfiguration() {
                    return null;
                }

                @Override
                public Connection getConnection() {
                    return connection;
                }
            });
        }

        assertThat(symbolOf(padded)).isEqualTo("77-KH/ĐU");
        assertThat(symbolOf(short2024)).isEqualTo("03-NQ/ĐU");
        assertThat(symbolOf(canonical)).isEqualTo("77-KH/ĐU");
        assertThat(symbolOf(copy)).isEqualTo("077-KH/ĐU");
    }
}

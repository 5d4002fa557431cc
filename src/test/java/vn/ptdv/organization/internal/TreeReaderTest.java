package vn.ptdv.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import vn.ptdv.calendar.DatePeriod;
import vn.ptdv.organization.AdmissionChain;
import vn.ptdv.organization.CellKind;
import vn.ptdv.organization.OrganizationRef;
import vn.ptdv.organization.OrganizationType;

/**
 * The SQL of the tree's reader and store against the real schema (H2 in PostgreSQL mode, or the
 * PostgreSQL database the build names), without the application: a small tree built through the
 * store, read back through the reader, statement by statement.
 */
@Tag("db")
class TreeReaderTest {
    static final LocalDate FOUNDED = LocalDate.of(1990, 1, 1);
    static final LocalDate MOVE = LocalDate.of(2025, 7, 1);
    static final LocalDate RENAME = LocalDate.of(2024, 1, 1);
    static final AtomicInteger STATEMENTS = new AtomicInteger();
    static final String PREFIX = "TR" + Long.toString(System.nanoTime() % 1_000_000, 36).toUpperCase();

    static TreeReader reader;
    static OrganizationStore store;
    static long province;
    static long communeA;
    static long communeB;
    static long partial;
    static long cell1;
    static long cell2;

    @BeforeAll
    static void aProvinceWithTwoCommunesAPartialCommitteeAndTwoCells() {
        String url = System.getProperty("spring.datasource.url", "jdbc:h2:mem:tree-reader;MODE=PostgreSQL;"
                + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        DataSource dataSource = new DriverManagerDataSource(url);
        // The same migrations as the application: the common ones and those of the database's vendor.
        String vendor = url.startsWith("jdbc:postgresql:") ? "postgresql" : "h2";
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration", "classpath:db/vendor/" + vendor)
                .load().migrate();
        DataSource counting = counting(dataSource);
        reader = new TreeReader(JdbcClient.create(counting));
        store = new OrganizationStore(JdbcClient.create(counting), new JdbcTemplate(counting), reader, event -> { });

        province = add("P", "Đảng bộ tỉnh Thử", OrganizationType.PROVINCIAL, null, null);
        communeA = add("A", "Đảng bộ phường Hòa Bình", OrganizationType.GRASSROOTS_COMMITTEE, null, province);
        communeB = add("B", "Đảng bộ xã An Phú", OrganizationType.GRASSROOTS_COMMITTEE, null, province);
        partial = add("A-PB", "Đảng bộ bộ phận Khu 1", OrganizationType.PARTIAL_COMMITTEE, null, communeA);
        cell2 = add("A-2", "Chi bộ Trường học", OrganizationType.CELL, CellKind.SCHOOL, communeA);
        cell1 = add("A-PB-1", "Chi bộ Khu phố 1", OrganizationType.CELL, CellKind.RESIDENTIAL, partial);
        store.move(cell2, communeB, MOVE);
        store.rename(communeA, "Đảng bộ phường Hòa Bình Mới", RENAME);
    }

    static long add(String code, String name, OrganizationType type, CellKind kind, Long parent) {
        long id = store.insert(PREFIX + "-" + code, name, type, kind, FOUNDED, OffsetDateTime.now(), "test");
        store.establish(id, parent, FOUNDED, name);
        return id;
    }

    /** The data source, counting the statements the reader sends. */
    static DataSource counting(DataSource dataSource) {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                        new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                                STATEMENTS.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }

    /** How many statements the question takes. */
    static int statements(Runnable question) {
        int before = STATEMENTS.get();
        question.run();
        return STATEMENTS.get() - before;
    }

    static List<String> codes(List<OrganizationRow> rows) {
        return rows.stream().map(r -> r.code().substring(PREFIX.length() + 1)).toList();
    }

    @Test
    void childrenAreReadInOneStatementHigherLevelsFirst() {
        assertThat(codes(reader.childrenOn(communeA, MOVE.minusDays(1)))).containsExactly("A-PB", "A-2");
        assertThat(statements(() -> reader.childrenOn(communeA, MOVE.minusDays(1)))).isEqualTo(1);
    }

    @Test
    void aMovedCellIsAChildOfItsOldCommuneUntilTheDayBeforeAndOfTheNewOneFromTheDay() {
        assertThat(codes(reader.childrenOn(communeA, MOVE))).containsExactly("A-PB");
        assertThat(codes(reader.childrenOn(communeB, MOVE))).containsExactly("A-2");
        assertThat(codes(reader.childrenOn(communeB, MOVE.minusDays(1)))).isEmpty();
        assertThat(reader.isWithin(cell2, communeA, MOVE.minusDays(1))).isTrue();
        assertThat(reader.isWithin(cell2, communeA, MOVE)).isFalse();
        assertThat(reader.isWithin(cell2, communeB, MOVE)).isTrue();
        assertThat(reader.isWithin(cell2, province, MOVE)).isTrue();
    }

    @Test
    void ancestorsAreReadInOneStatementParentFirst() {
        assertThat(codes(reader.ancestorsOn(cell1, MOVE))).containsExactly("A-PB", "A", "P");
        assertThat(statements(() -> reader.ancestorsOn(cell1, MOVE))).isEqualTo(1);
        assertThat(codes(reader.ancestorsOn(province, MOVE))).isEmpty();
    }

    @Test
    void theGrassrootsOrganizationIsTheNearestAbove() {
        assertThat(reader.grassrootsOf(cell1, MOVE).map(OrganizationRow::id)).contains(communeA);
        assertThat(reader.grassrootsOf(cell2, MOVE).map(OrganizationRow::id)).contains(communeB);
        assertThat(reader.grassrootsOf(province, MOVE)).isEmpty();
        assertThat(statements(() -> reader.grassrootsOf(cell1, MOVE))).isEqualTo(1);
    }

    @Test
    void theAdmissionChainIsReadInOneStatementUpToTheSuperiorThatDecides() {
        AdmissionChain chain = reader.admissionChain(cell1, MOVE).orElseThrow();

        assertThat(List.of(chain.cell().id(), chain.partialCommittee().map(OrganizationRef::id).orElseThrow(),
                chain.grassroots().id(), chain.authority().id())).containsExactly(cell1, partial, communeA, province);
        assertThat(chain.delegated()).isFalse();
        assertThat(chain.grassrootsCell()).isFalse();
        assertThat(statements(() -> reader.admissionChain(cell1, MOVE))).isEqualTo(1);
        assertThat(reader.admissionChain(province, MOVE)).isEmpty();
    }

    @Test
    void aNameIsTheOneOfTheDate() {
        assertThat(reader.nameOn(communeA, RENAME.minusDays(1))).isEqualTo("Đảng bộ phường Hòa Bình");
        assertThat(reader.nameOn(communeA, RENAME)).isEqualTo("Đảng bộ phường Hòa Bình Mới");
        assertThat(reader.nameOn(communeA, FOUNDED.minusDays(1))).isEqualTo("Đảng bộ phường Hòa Bình Mới");
        assertThat(reader.nameOn(-1, RENAME)).isEmpty();
        assertThat(reader.currentNameSince(communeA)).isEqualTo(RENAME);
    }

    @Test
    void theHistoryListsEachPlacementLatestFirstWithItsParent() {
        List<TreeReader.PlacementView> history = reader.history(cell2);

        assertThat(history).extracting(TreeReader.PlacementView::period)
                .containsExactly(DatePeriod.startingOn(MOVE), new DatePeriod(FOUNDED, MOVE));
        assertThat(history).extracting(v -> v.parent().id()).containsExactly(communeB, communeA);
        assertThat(reader.history(province)).singleElement().satisfies(v -> assertThat(v.parent()).isNull());
        assertThat(reader.changedAfter(cell2, MOVE.minusDays(1))).isTrue();
        assertThat(reader.changedAfter(cell2, MOVE)).isFalse();
    }

    @Test
    void thePathRunsFromTheRootDownAndCountsChildren() {
        List<TreeNode> path = reader.path(cell1, MOVE);

        assertThat(path).extracting(TreeNode::id).containsExactly(province, communeA, partial, cell1);
        assertThat(path.get(1).childCount()).isEqualTo(1);
        assertThat(reader.parent(cell1, MOVE).map(TreeNode::id)).contains(partial);
        assertThat(reader.parent(province, MOVE)).isEmpty();
        assertThat(reader.rootIds(MOVE)).contains(province);
    }

    @Test
    void aSubtreeIsListedLevelByLevelAndPaged() {
        assertThat(reader.subtree(communeA, MOVE.minusDays(1), 0, 10).items()).extracting(TreeNode::id)
                .containsExactly(communeA, partial, cell2, cell1);
        assertThat(reader.subtree(communeA, MOVE, 0, 2).total()).isEqualTo(3);
        assertThat(reader.subtree(communeA, MOVE, 1, 2).items()).extracting(TreeNode::id).containsExactly(cell1);
    }
}

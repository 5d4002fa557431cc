package vn.ptdv.shared.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import vn.ptdv.shared.Role;
import vn.ptdv.support.Api;
import vn.ptdv.support.Fixtures;
import vn.ptdv.support.IntegrationTest;

/**
 * A page reads everything it shows — in the controller and while its template renders — through
 * one read-only connection of the pool; errors on pages and in the API are still answered in Vietnamese.
 */
@IntegrationTest
@Import(PageTransactionsTest.CountedConnections.class)
class PageTransactionsTest {
    @Autowired
    MockMvc mvc;
    @Autowired
    Api api;
    @Autowired
    Fixtures fixtures;

    Fixtures.Tree tree;
    String secretary;

    @BeforeEach
    void setUp() {
        tree = fixtures.tree();
        secretary = fixtures.user(Role.CELL_SECRETARY, tree.cellA1());
    }

    @Test
    void aCellsPageReadsThroughOneReadOnlyConnection() throws Exception {
        RequestPostProcessor signedIn = api.as(secretary); // the account, as the session would hold it
        List<Use> uses = CountedConnections.during(() -> mvc.perform(get("/organizations/" + tree.cellA1())
                .with(signedIn)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chi bộ Khu phố Đông"))));

        assertThat(uses).hasSize(1);
        assertThat(uses.get(0).readOnly).as("the connection was set read-only").isTrue();
        assertThat(uses.get(0).statements).as("statements of the page").isGreaterThan(1);
    }

    @Test
    void aCellsPageReadsTheCellsRecordOnceThoughItsLayoutNamesTheSecretarysCellToo() throws Exception {
        RequestPostProcessor signedIn = api.as(secretary);
        List<Use> uses = CountedConnections.during(() -> mvc.perform(get("/organizations/" + tree.cellA1())
                .with(signedIn)).andExpect(status().isOk())
                .andExpect(content().string(containsString("Chi bộ Khu phố Đông"))));

        assertThat(uses).hasSize(1);
        assertThat(uses.get(0).sql).as("reads of an organization's record")
                .filteredOn(sql -> sql.contains("FROM organization o WHERE")).hasSize(1);
    }

    @Test
    void aGetOfTheApiReadsThroughOneReadOnlyConnection() throws Exception {
        RequestPostProcessor signedIn = api.as(secretary);
        List<Use> uses = CountedConnections.during(() -> mvc.perform(get("/api/v1/organizations/" + tree.cellA1())
                .with(signedIn)).andExpect(status().isOk()));

        assertThat(uses).hasSize(1);
        assertThat(uses.get(0).readOnly).isTrue();
    }

    @Test
    void anOrganizationOutsideTheScopeIsStillAnsweredInVietnameseWithTheLayout() throws Exception {
        mvc.perform(get("/organizations/" + tree.cellB1()).with(api.as(secretary)))
                .andExpect(status().isNotFound())
                .andExpect(content().string(containsString("Không tìm thấy")))
                .andExpect(content().string(containsString("đồng chí")))
                .andExpect(content().string(containsString("Đăng xuất")));
        mvc.perform(get("/api/v1/organizations/" + tree.cellB1()).with(api.as(secretary)))
                .andExpect(status().isNotFound())
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(content().string(containsString("đồng chí")));
    }

    /** One connection taken from the pool on the test's thread: set read-only or not, and its statements. */
    static final class Use {
        boolean readOnly;
        boolean transaction;
        int statements;
        final List<String> sql = new ArrayList<>();
    }

    /** Counts the connections that the test's own thread takes (not the scheduled jobs'). */
    @TestConfiguration(proxyBeanMethods = false)
    static class CountedConnections {
        private static final ThreadLocal<List<Use>> RECORDED = new ThreadLocal<>();

        interface Call {
            void run() throws Exception;
        }

        static List<Use> during(Call call) throws Exception {
            List<Use> uses = new ArrayList<>();
            RECORDED.set(uses);
            try {
                call.run();
            } finally {
                RECORDED.remove();
            }
            return uses;
        }

        @Bean
        static BeanPostProcessor countedDataSource() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    if (bean instanceof DataSource dataSource && !(bean instanceof DelegatingDataSource)) {
                        return new DelegatingDataSource(dataSource) {
                            @Override
                            public Connection getConnection() throws java.sql.SQLException {
                                return counted(super.getConnection());
                            }
                        };
                    }
                    return bean;
                }
            };
        }

        private static Connection counted(Connection connection) {
            List<Use> uses = RECORDED.get();
            if (uses == null) {
                return connection;
            }
            Use use = new Use();
            uses.add(use);
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(),
                    new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                        switch (method.getName()) {
                            case "setReadOnly" -> use.readOnly |= (Boolean) args[0];
                            case "setAutoCommit" -> use.transaction |= !(Boolean) args[0];
                            case "prepareStatement", "createStatement", "prepareCall" -> {
                                use.statements++;
                                if (args != null && args.length > 0 && args[0] instanceof String sql) {
                                    use.sql.add(sql);
                                }
                            }
                            default -> {
                            }
                        }
                        try {
                            return method.invoke(connection, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}

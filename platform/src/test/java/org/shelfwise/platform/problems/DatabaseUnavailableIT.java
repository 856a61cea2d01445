package org.shelfwise.platform.problems;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.EmbeddedKafkaBroker;
import org.shelfwise.embedded.EmbeddedPostgresServer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import javax.sql.DataSource;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * A service whose database is out of reach answers 503 {@code service-unavailable} with {@code Retry-After}, not
 * 500: against a real PostgreSQL server that stops under an open pool, and against a port where none listens.
 */
class DatabaseUnavailableIT {

    private HikariDataSource pool;
    private EmbeddedPostgresServer postgres;

    @AfterEach
    void close() {
        if (pool != null) {
            pool.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void answersServiceUnavailableWhenTheServerGoesAwayUnderAnOpenPool() throws Exception {
        postgres = EmbeddedPostgresServer.start(null, 0);
        pool = pool(postgres.database("unavailable_test"));
        MockMvc web = web(pool);
        web.perform(get("/count")).andExpect(status().isOk());

        postgres.close();
        postgres = null;

        expectUnavailable(web, "/count");
        expectUnavailable(web, "/count-in-transaction");
    }

    @Test
    void answersServiceUnavailableWhenNoServerListens() throws Exception {
        pool = pool("jdbc:postgresql://127.0.0.1:" + EmbeddedKafkaBroker.freePort() + "/nothing");
        MockMvc web = web(pool);

        expectUnavailable(web, "/count");
        expectUnavailable(web, "/count-in-transaction");
    }

    @Test
    void leavesOtherDatabaseErrorsToTheProblemHandlerAsInternalErrors() throws Exception {
        postgres = EmbeddedPostgresServer.start(null, 0);
        pool = pool(postgres.database("unavailable_test"));

        web(pool).perform(get("/bad-sql"))
                .andExpect(status().isInternalServerError())
                .andExpect(jsonPath("$.type").value("urn:shelfwise:problem:internal-error"));
    }

    private static void expectUnavailable(MockMvc web, String path) throws Exception {
        web.perform(get(path))
                .andExpect(status().isServiceUnavailable())
                .andExpect(header().string("Retry-After", DatabaseUnavailable.RETRY_AFTER))
                .andExpect(jsonPath("$.type").value("urn:shelfwise:problem:service-unavailable"))
                .andExpect(jsonPath("$.status").value(503));
    }

    private static HikariDataSource pool(String url) {
        var pool = new HikariDataSource();
        pool.setJdbcUrl(url);
        pool.setUsername("postgres");
        pool.setConnectionTimeout(1000);
        return pool;
    }

    private static MockMvc web(DataSource dataSource) {
        return MockMvcBuilders.standaloneSetup(new Counts(dataSource))
                // registered in the order that would let the catch-all win, were the advices not ordered
                .setControllerAdvice(new ProblemHandler(), new DatabaseUnavailable())
                .build();
    }

    @RestController
    static class Counts {

        private final JdbcClient jdbc;
        private final TransactionTemplate transactions;

        Counts(DataSource dataSource) {
            this.jdbc = JdbcClient.create(dataSource);
            this.transactions = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
        }

        @GetMapping("/count")
        long count() {
            return jdbc.sql("select count(*) from pg_class").query(Long.class).single();
        }

        @GetMapping("/count-in-transaction")
        long countInTransaction() {
            return transactions.execute(status -> count());
        }

        @GetMapping("/bad-sql")
        long badSql() {
            return jdbc.sql("select count(*) from no_such_table").query(Long.class).single();
        }
    }
}

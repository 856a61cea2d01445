package org.shelfwise.circulation.loans;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.circulation.Events;
import org.shelfwise.circulation.Replicas;
import org.shelfwise.circulation.Topics;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.ContextConfiguration;

import javax.sql.DataSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.time.Duration;
import java.util.List;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Counts the SQL statements the desk sends per operation (each one a round trip to PostgreSQL), so that a change
 * that adds one to the desk's path fails here rather than in the benchmark.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
@Import(StatementsIT.Counting.class)
class StatementsIT {

    /** One statement prepared, and the thread that prepared it. */
    record Statement(String thread, String sql) {
    }

    static final Queue<Statement> SENT = new ConcurrentLinkedQueue<>();

    @TestConfiguration
    static class Counting {
        /** Wraps the data source so that every statement prepared on one of its connections is noted. */
        @Bean
        static BeanPostProcessor countStatements() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof DataSource source ? counting(source) : bean;
                }
            };
        }

        private static DataSource counting(DataSource source) {
            return (DataSource) Proxy.newProxyInstance(DataSource.class.getClassLoader(), new Class<?>[]{DataSource.class},
                    (proxy, method, args) -> {
                        var result = invoke(source, method, args);
                        return result instanceof Connection connection ? counting(connection) : result;
                    });
        }

        private static Connection counting(Connection connection) {
            return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[]{Connection.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("prepareStatement") || method.getName().equals("prepareCall")) {
                            SENT.add(new Statement(Thread.currentThread().getName(), (String) args[0]));
                        }
                        return invoke(connection, method, args);
                    });
        }

        private static Object invoke(Object target, java.lang.reflect.Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<String, String> kafka;
    @Autowired
    JdbcClient jdbc;

    /** The statements sent on the thread that sent one matching {@code marker}: the request's own. */
    List<String> statementsOfTheRequestThatSent(String marker) {
        var thread = SENT.stream().filter(s -> s.sql().contains(marker)).map(Statement::thread).findFirst().orElseThrow();
        return SENT.stream().filter(s -> s.thread().equals(thread)).map(Statement::sql).toList();
    }

    HttpJson http;
    Events events;
    String card;

    /** A patron of a category with limits (so that a check-out weighs their fines, as a real desk's does). */
    @BeforeEach
    void aPatronAtAWarmDesk() {
        http = new HttpJson(port, TestTokens.librarian());
        events = new Events(kafka);
        var patronId = UUID.randomUUID();
        card = "S" + patronId.toString().substring(0, 8);
        events.send(Topics.PATRON_CATEGORIES, UUID.randomUUID(), "CategoryChanged", UUID.randomUUID(), """
                {"code":"counted","maxOpenLoans":50,"maxHolds":10,"maxFineBalance":5.00}""");
        events.send(Topics.PATRONS, UUID.randomUUID(), "PatronRegistered", patronId, """
                {"patronId":"%s","barcode":"%s","name":"Counter","category":"counted","cardExpiresOn":"2099-01-01","status":"ACTIVE","blockedReason":null}"""
                .formatted(patronId, card));
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "select count(*) from patron_category where code = 'counted'").query(Long.class).single() == 1);
        Replicas.awaitBorrower(jdbc, card);
        // a first check-out and check-in fill the reference data caches, as a running desk has them
        var warm = copy(UUID.randomUUID());
        assertThat(checkOut(warm)).isEqualTo(201);
        assertThat(checkIn(warm)).isEqualTo(200);
    }

    String copy(UUID bookId) {
        var barcode = "I" + UUID.randomUUID().toString().substring(0, 8);
        events.copyAdded(UUID.randomUUID(), UUID.randomUUID(), barcode, bookId, "Counted");
        Replicas.awaitItem(jdbc, barcode);
        return barcode;
    }

    int checkOut(String item) {
        return http.post("/api/checkouts", "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + card + "\"}").status();
    }

    int checkIn(String item) {
        return http.post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}").status();
    }

    @Test
    void aCheckOutTakesSixStatements() {
        var item = copy(UUID.randomUUID());
        SENT.clear();
        assertThat(checkOut(item)).isEqualTo(201);
        var sent = statementsOfTheRequestThatSent("insert into loan");
        assertThat(sent).as(String.join("\n", sent)).hasSize(6);
    }

    @Test
    void aCheckInTakesFiveStatements() {
        var item = copy(UUID.randomUUID());
        assertThat(checkOut(item)).isEqualTo(201);
        SENT.clear();
        assertThat(checkIn(item)).isEqualTo(200);
        var sent = statementsOfTheRequestThatSent("returned_at is null for update");
        assertThat(sent).as(String.join("\n", sent)).hasSize(5);
    }

    @Test
    void aRenewalTakesSevenStatements() {
        var item = copy(UUID.randomUUID());
        var loan = http.post("/api/checkouts", "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + card + "\"}").body();
        SENT.clear();
        assertThat(http.post("/api/loans/" + loan.get("id").asString() + "/renewal", "").status()).isEqualTo(200);
        var sent = statementsOfTheRequestThatSent("update loan set due_date");
        assertThat(sent).as(String.join("\n", sent)).hasSize(7);
    }

    @Test
    void placingAHoldTakesSixStatements() {
        var book = UUID.randomUUID();
        copy(book);
        SENT.clear();
        assertThat(http.post("/api/holds", "{\"bookId\":\"" + book + "\",\"patronBarcode\":\"" + card + "\"}").status())
                .isEqualTo(201);
        // the sixth is the answer's place in the queue
        var sent = statementsOfTheRequestThatSent("insert into hold");
        assertThat(sent).as(String.join("\n", sent)).hasSize(6);
    }
}

package org.shelfwise.system;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.driver.RunningSystem;
import org.shelfwise.driver.ServiceJvm;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Faults the local system must outlast under a desk's load, each asserting that no check-out or check-in a desk was
 * answered 2xx for is lost or doubled: PostgreSQL crashed ({@code kill -9} of the postmaster) and restarted, an
 * instance of catalog and of circulation killed, the broker frozen. The launcher brings back whatever dies.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FaultsIT {

    private static final Duration RECOVERY = Duration.ofSeconds(90);

    RunningSystem system;
    HttpJson gateway;

    @BeforeAll
    void start() throws Exception {
        // no demo data: the faults need only their own desks; the start's bound as the driver's (a shared machine)
        system = RunningSystem.start("--demo-data=false", "--startup-timeout=330");
        gateway = system.adminGateway();
    }

    @AfterAll
    void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    @Order(1)
    void losesNoAnsweredCheckOutOrCheckInWhenTheDatabaseCrashes() throws Exception {
        var load = DeskLoad.start(gateway, 2);
        load.awaitProgress(0, 20, Duration.ofSeconds(60));
        int linesBefore = system.output().size();
        ProcessHandle postmaster = system.postmaster().orElseThrow();

        RunningSystem.signal(postmaster, "KILL");
        int atCrash = load.checkouts();

        await().atMost(RECOVERY).until(() -> launcherSaid(linesBefore, "PostgreSQL started again"));
        assertThat(system.postmaster()).hasValueSatisfying(again -> assertThat(again.pid()).isNotEqualTo(postmaster.pid()));
        load.awaitProgress(atCrash, 20, RECOVERY);
        System.out.println("database crashed: " + load.stopAndCheck());
    }

    @Test
    @Order(2)
    void losesNoAnsweredCheckOutOrCheckInWhenTheDatabaseIsRestarted() throws Exception {
        var load = DeskLoad.start(gateway, 2);
        load.awaitProgress(0, 20, Duration.ofSeconds(60));
        int linesBefore = system.output().size();
        ProcessHandle postmaster = system.postmaster().orElseThrow();

        // PostgreSQL's fast shutdown: open transactions are rolled back, connections closed
        RunningSystem.signal(postmaster, "INT");
        int atStop = load.checkouts();

        await().atMost(RECOVERY).until(() -> launcherSaid(linesBefore, "PostgreSQL started again"));
        load.awaitProgress(atStop, 20, RECOVERY);
        System.out.println("database restarted: " + load.stopAndCheck());
    }

    @Test
    @Order(3)
    void answersEveryReadAndLosesNoCheckOutWhileKilledInstancesAreStartedAgainByTheLauncher() throws Exception {
        var load = DeskLoad.start(gateway, 2);
        // a book read, which the gateway tries on the other instance when one does not answer in time; a search is
        // not tried again after a timeout (G1), and the first searches of an instance just started are slow
        var reader = new Reader(gateway.anonymous(), "/api/books/" + load.bookId());
        var readerThread = Thread.ofPlatform().name("reader").start(reader);
        load.awaitProgress(0, 20, Duration.ofSeconds(60));
        ServiceJvm catalog = system.serviceJvms("catalog.jar").getFirst();
        ServiceJvm circulation = system.serviceJvms("circulation.jar").getFirst();
        int linesBefore = system.output().size();

        RunningSystem.signal(catalog.process(), "KILL");
        RunningSystem.signal(circulation.process(), "KILL");
        int atKill = load.checkouts();
        int catalogReadsBefore = count(reader.servedBy, catalog.instanceId());

        await().atMost(Duration.ofMinutes(3)).until(() ->
                launcherSaid(linesBefore, catalog.instanceId() + " is ready on port")
                        && launcherSaid(linesBefore, circulation.instanceId() + " is ready on port"));
        // the gateway's health checks bring the instance back into rotation
        await().atMost(RECOVERY).until(() -> count(reader.servedBy, catalog.instanceId()) > catalogReadsBefore + 10);
        load.awaitProgress(atKill, 20, RECOVERY);
        reader.stop();
        readerThread.join(Duration.ofSeconds(30));
        System.out.printf("instances killed: %d reads, %d failed; %s%n", reader.reads.get(), reader.failures.get(),
                load.stopAndCheck());
        assertThat(reader.failures.get()).as("reads that failed").isZero();
    }

    @Test
    @Order(4)
    void lendsOnWhileTheBrokerIsFrozenAndDeliversTheEventsHeldMeanwhile() throws Exception {
        var load = DeskLoad.start(gateway, 2);
        load.awaitProgress(0, 10, Duration.ofSeconds(60));
        var book = DeskLoad.created(() -> gateway.post("/api/books", "{\"title\":\"Emma\",\"authors\":[\"Jane Austen\"],"
                + "\"isbn\":\"" + Isbns.random() + "\"}"));
        var patron = DeskLoad.created(() -> gateway.post("/api/patrons", "{\"name\":\"Frozen\",\"email\":\"frozen."
                + UUID.randomUUID() + "@example.org\"}"));
        String item;

        // Kafka runs inside the launcher: stopping the launcher's process freezes the broker
        system.freezeLauncher();
        try {
            int atFreeze = load.checkouts();
            // a copy added while the broker is frozen: its event waits in the catalog's outbox
            item = DeskLoad.created(() -> gateway.post("/api/books/" + book.field("id") + "/copies",
                    "{\"barcode\":\"FROZEN-" + UUID.randomUUID().toString().substring(0, 8) + "\"}")).field("barcode");
            // lending needs no broker: the loans' events wait in circulation's outbox
            load.awaitProgress(atFreeze, 10, Duration.ofSeconds(60));
        } finally {
            system.thawLauncher();
        }

        // the copy's event, held while the broker was frozen, reaches circulation, which can then lend it (422
        // unknown-reference until then)
        await().atMost(RECOVERY).until(() -> {
            int status = gateway.post("/api/checkouts", checkOut(item, patron.field("barcode"))).status();
            assertThat(status).isIn(201, 422);
            return status == 201;
        });
        assertThat(gateway.post("/api/checkins", "{\"itemBarcode\":\"" + item + "\"}").status()).isEqualTo(200);
        System.out.println("broker frozen: " + load.stopAndCheck());
    }

    private boolean launcherSaid(int fromLine, String text) {
        var lines = system.output();
        return lines.subList(Math.min(fromLine, lines.size()), lines.size()).stream().anyMatch(l -> l.contains(text));
    }

    private static int count(Map<String, AtomicInteger> servedBy, String instance) {
        AtomicInteger count = servedBy.get(instance);
        return count == null ? 0 : count.get();
    }

    private static String checkOut(String item, String card) {
        return "{\"itemBarcode\":\"" + item + "\",\"patronBarcode\":\"" + card + "\"}";
    }
}

package org.shelfwise.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class TopologyTest {

    private final Topology topology = Topology.of(LauncherOptions.parse(
            List.of("--catalog-ports=9081,9082", "--gateway-port=9080", "--patrons-port=9083", "--circulation-ports=9084,9085"),
            Map.of(), Path.of("apps")));
    private final Endpoints endpoints = new Endpoints(Map.of(
            "catalog", "jdbc:postgresql://localhost:25432/catalog",
            "patrons", "jdbc:postgresql://localhost:25432/patrons",
            "circulation", "jdbc:postgresql://localhost:25432/circulation"), "127.0.0.1:29092");

    @Test
    void runsOneInstancePerCatalogAndCirculationPortAndOneOfEachOtherService() {
        assertThat(topology.instances()).extracting(ServiceInstance::id)
                .containsExactly("catalog-1", "catalog-2", "patrons-1", "circulation-1", "circulation-2",
                        "notifications-1", "gateway-1", "web-1", "sip-1");
    }

    @Test
    void pointsEachBackendAtItsOwnDatabaseAndTheBroker() {
        LaunchSpec catalog2 = spec("catalog-2");

        assertThat(catalog2.environment()).containsEntry("PORT", "9082")
                .containsEntry("DATABASE_URL", "jdbc:postgresql://localhost:25432/catalog")
                .containsEntry("DATABASE_USERNAME", "postgres")
                .containsEntry("DATABASE_PASSWORD", "")
                .containsEntry("KAFKA_BOOTSTRAP_SERVERS", "127.0.0.1:29092")
                .containsEntry("SHELFWISE_INSTANCE_ID", "catalog-2");
        assertThat(catalog2.arguments()).isEmpty();
    }

    @Test
    void keepsEveryInstanceLightWhileIdle() {
        for (LaunchSpec spec : topology.launchSpecs(endpoints, null)) {
            assertThat(spec.environment()).as(spec.instance().id()).containsEntry("MALLOC_ARENA_MAX", "2");
        }
        assertThat(spec("catalog-1").environment()).containsEntry("SPRING_DATASOURCE_HIKARI_MINIMUMIDLE", "2");
        assertThat(spec("gateway-1").environment()).doesNotContainKey("SPRING_DATASOURCE_HIKARI_MINIMUMIDLE");
    }

    @Test
    void tellsTheGatewayWhereEveryBackendInstanceIs() {
        LaunchSpec gateway = spec("gateway-1");

        assertThat(gateway.environment()).containsEntry("PORT", "9080").doesNotContainKey("DATABASE_URL");
        assertThat(gateway.arguments()).containsExactly(
                "--spring.cloud.discovery.client.simple.instances.catalog[0].uri=http://127.0.0.1:9081",
                "--spring.cloud.discovery.client.simple.instances.catalog[1].uri=http://127.0.0.1:9082",
                "--spring.cloud.discovery.client.simple.instances.patrons[0].uri=http://127.0.0.1:9083",
                "--spring.cloud.discovery.client.simple.instances.circulation[0].uri=http://127.0.0.1:9084",
                "--spring.cloud.discovery.client.simple.instances.circulation[1].uri=http://127.0.0.1:9085",
                "--spring.cloud.discovery.client.simple.instances.notifications[0].uri=http://127.0.0.1:8088",
                "--spring.cloud.discovery.client.simple.instances.web[0].uri=http://127.0.0.1:8086",
                "--spring.cloud.discovery.client.simple.instances.sip[0].uri=http://127.0.0.1:8087");
    }

    @Test
    void pointsTheStaffClientAtTheGatewayAndItsOwnSessionDatabase() {
        var web = Topology.of(LauncherOptions.parse(List.of("--gateway-port=9080"), Map.of(), Path.of("apps")))
                .launchSpecs(new Endpoints(Map.of("web", "jdbc:postgresql://localhost:25432/web"), "127.0.0.1:29092"), null)
                .stream().filter(spec -> spec.instance().id().equals("web-1")).findFirst().orElseThrow();

        assertThat(web.environment()).containsEntry("PORT", "8086")
                .containsEntry("GATEWAY_URL", "http://127.0.0.1:9080")
                .containsEntry("DATABASE_URL", "jdbc:postgresql://localhost:25432/web");
    }

    @Test
    void bindsTheServicesToLoopbackSoThatOnlyTheGatewayIsReachableFromOtherMachines() {
        for (String backend : List.of("catalog-1", "catalog-2", "patrons-1", "circulation-1", "circulation-2")) {
            assertThat(spec(backend).environment()).as(backend).containsEntry("SERVER_ADDRESS", "127.0.0.1");
        }
        assertThat(spec("gateway-1").environment()).doesNotContainKey("SERVER_ADDRESS");
    }

    @Test
    void givesOnlyThePatronsServiceTheAdminPasswordAndEveryServiceThePublishedKeys() {
        assertThat(spec("patrons-1").environment()).containsEntry("SHELFWISE_ADMIN_PASSWORD", "an admin password");
        assertThat(spec("catalog-1").environment()).doesNotContainKey("SHELFWISE_ADMIN_PASSWORD");
        assertThat(spec("circulation-2").environment())
                .containsEntry("SHELFWISE_SECURITY_JWKS_URI", "http://127.0.0.1:9083/api/auth/jwks");
    }

    @Test
    void startsTheSipServiceOnItsKioskPortAsTheSipStaffAccountWhichPatronsCreates() {
        var specs = Topology.of(LauncherOptions.parse(List.of("--gateway-port=9080", "--sip-port=7001"), Map.of(),
                Path.of("apps"))).launchSpecs(new Endpoints(Map.of("sip", "jdbc:postgresql://localhost:25432/sip"),
                "127.0.0.1:29092"), "an admin password", "a sip password");
        var sip = specs.stream().filter(spec -> spec.instance().id().equals("sip-1")).findFirst().orElseThrow();
        var patrons = specs.stream().filter(spec -> spec.instance().id().equals("patrons-1")).findFirst().orElseThrow();

        assertThat(sip.environment()).containsEntry("PORT", "8087").containsEntry("SIP_PORT", "7001")
                .containsEntry("GATEWAY_URL", "http://127.0.0.1:9080")
                .containsEntry("DATABASE_URL", "jdbc:postgresql://localhost:25432/sip")
                .containsEntry("SIP_STAFF_USERNAME", "sip").containsEntry("SIP_STAFF_PASSWORD", "a sip password")
                .containsEntry("SERVER_ADDRESS", "127.0.0.1");
        assertThat(patrons.environment()).containsEntry("SHELFWISE_SIP_STAFF_PASSWORD", "a sip password");
        assertThat(specs.stream().filter(spec -> !spec.instance().service().equals("sip")
                && !spec.instance().service().equals("patrons")))
                .allSatisfy(other -> assertThat(other.environment()).doesNotContainKeys("SIP_STAFF_PASSWORD",
                        "SHELFWISE_SIP_STAFF_PASSWORD"));
    }

    @Test
    void pointsTheNotificationsServiceAtTheLocalMailServerAndThePatronsService() {
        var notifications = Topology.of(LauncherOptions.parse(List.of("--mail-port=3525"), Map.of(), Path.of("apps")))
                .launchSpecs(endpoints, null).stream()
                .filter(spec -> spec.instance().id().equals("notifications-1")).findFirst().orElseThrow();

        assertThat(notifications.environment()).containsEntry("PORT", "8088").containsEntry("MAIL_HOST", "127.0.0.1")
                .containsEntry("MAIL_PORT", "3525").containsEntry("SERVER_ADDRESS", "127.0.0.1")
                .containsEntry("PATRONS_URL", "http://127.0.0.1:8083");
    }

    private LaunchSpec spec(String instanceId) {
        return topology.launchSpecs(endpoints, "an admin password").stream()
                .filter(spec -> spec.instance().id().equals(instanceId)).findFirst().orElseThrow();
    }
}

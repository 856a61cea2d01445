package org.shelfwise.launcher;

import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LauncherOptionsTest {

    private static final Path APPS = Path.of("/opt/shelfwise/apps");

    @Test
    void defaultsToTheDocumentedPortsAndDataDirectory() {
        var options = LauncherOptions.parse(List.of(), Map.of(), APPS);

        assertThat(options.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(options.appsDir()).isEqualTo(APPS);
        assertThat(options.allPorts()).containsExactly(8080, 8081, 8082, 8083, 8084, 8085, 15432, 19092, 8086, 6001, 8087, 8088, 2525);
        assertThat(options.demoData()).isTrue();
        assertThat(options.startupTimeout()).isEqualTo(Duration.ofSeconds(180));
        assertThat(options.jvmOptions()).contains("-XX:+UseSerialGC");
        assertThat(options.postgresSharedBuffers()).isEqualTo("128MB");
        assertThat(options.postgresSynchronousCommit()).as("durable unless asked otherwise").isTrue();
    }

    @Test
    void letsABenchmarkTradeDurabilityForSpeed() {
        assertThat(LauncherOptions.parse(List.of("--postgres-synchronous-commit=false"), Map.of(), APPS)
                .postgresSynchronousCommit()).isFalse();
    }

    @Test
    void argumentsWinOverTheEnvironmentWhichWinsOverDefaults() {
        var options = LauncherOptions.parse(
                List.of("--gateway-port=9080", "--catalog-ports=9081, 9082,9085", "--demo-data=false",
                        "--jvm-options=-Xmx128m  -XX:+UseSerialGC"),
                Map.of("SHELFWISE_GATEWAY_PORT", "7080", "SHELFWISE_KAFKA_PORT", "29092",
                        "SHELFWISE_DATA_DIR", "/tmp/shelfwise-test"),
                APPS);

        assertThat(options.gatewayPort()).isEqualTo(9080);
        assertThat(options.catalogPorts()).containsExactly(9081, 9082, 9085);
        assertThat(options.kafkaPort()).isEqualTo(29092);
        assertThat(options.dataDir()).isEqualTo(Path.of("/tmp/shelfwise-test"));
        assertThat(options.demoData()).isFalse();
        assertThat(options.jvmOptions()).containsExactly("-Xmx128m", "-XX:+UseSerialGC");
    }

    @Test
    void refusesUnknownOptionsAndArgumentsWithoutAValue() {
        assertThatIllegalArgumentException().isThrownBy(() -> LauncherOptions.parse(List.of("--gatway-port=1"), Map.of(), APPS))
                .withMessageContaining("--gatway-port");
        assertThatIllegalArgumentException().isThrownBy(() -> LauncherOptions.parse(List.of("--demo-data"), Map.of(), APPS));
    }

    @Test
    void refusesAPortTwiceOrOutOfRange() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LauncherOptions.parse(List.of("--patrons-port=8081"), Map.of(), APPS))
                .withMessageContaining("8081");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LauncherOptions.parse(List.of("--kafka-port=70000"), Map.of(), APPS));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> LauncherOptions.parse(List.of("--postgres-port=five"), Map.of(), APPS));
    }

    @Test
    void takesPostgresBuffersInPostgresNotation() {
        assertThat(LauncherOptions.parse(List.of(), Map.of("SHELFWISE_POSTGRES_SHARED_BUFFERS", "1GB"), APPS)
                .postgresSharedBuffers()).isEqualTo("1GB");
        for (String wrong : new String[] {"1G", "1 GB", "lots", "0MB", "-5MB"}) {
            assertThatIllegalArgumentException()
                    .isThrownBy(() -> LauncherOptions.parse(List.of("--postgres-shared-buffers=" + wrong), Map.of(), APPS))
                    .as(wrong).withMessageContaining("--postgres-shared-buffers");
        }
    }
}

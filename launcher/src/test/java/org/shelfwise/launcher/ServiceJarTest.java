package org.shelfwise.launcher;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class ServiceJarTest {

    @TempDir
    Path apps;

    @Test
    void runsTheJarItselfWhenItWasNeverExtracted() throws IOException {
        Files.writeString(apps.resolve("catalog.jar"), "the runnable jar");
        var jar = ServiceJar.of(apps, "catalog");

        assertThat(jar.launchArguments(false)).containsExactly("-jar", apps.resolve("catalog.jar").toString());
        assertThat(jar.hasCache()).isFalse();
    }

    @Test
    void runsTheExtractedJarWithItsCache() throws IOException {
        var jar = extractedWithCache();

        assertThat(jar.launchArguments(false)).containsExactly("-XX:AOTCache=" + apps.resolve("catalog/catalog.aot"),
                "-jar", apps.resolve("catalog/catalog.jar").toString());
        assertThat(jar.hasCache()).isTrue();
    }

    @Test
    void runsTheExtractedJarWithoutACacheThatIsMissing() throws IOException {
        var jar = extractedWithCache();
        Files.delete(jar.cache());

        assertThat(jar.launchArguments(false)).containsExactly("-jar", apps.resolve("catalog/catalog.jar").toString());
    }

    @Test
    void fallsBackToTheJarWhenItChangedSinceItWasExtracted() throws IOException {
        var jar = extractedWithCache();
        Files.writeString(apps.resolve("catalog.jar"), "a rebuilt jar, of another size");

        assertThat(jar.extractedIsCurrent()).isFalse();
        assertThat(jar.hasCache()).isFalse();
        assertThat(jar.launchArguments(false)).containsExactly("-jar", apps.resolve("catalog.jar").toString());
    }

    @Test
    void fallsBackToTheJarWhenItWasCopiedAgainWithAnotherTime() throws IOException {
        var jar = extractedWithCache();
        Files.setLastModifiedTime(apps.resolve("catalog.jar"), FileTime.from(Instant.parse("2030-01-01T00:00:00Z")));

        assertThat(jar.launchArguments(false)).containsExactly("-jar", apps.resolve("catalog.jar").toString());
    }

    @Test
    void aTrainingRunRecordsANewCache() throws IOException {
        var jar = extractedWithCache();

        assertThat(jar.launchArguments(true)).containsExactly(
                "-XX:AOTCacheOutput=" + apps.resolve("catalog/catalog.aot"),
                "-jar", apps.resolve("catalog/catalog.jar").toString());
    }

    @Test
    void theJvmStartsWithoutACacheItCannotUse() throws Exception {
        // what the fallback relies on: a cache file that is not one (or not for this JVM) is a warning, not a failure
        Path bogus = Files.writeString(apps.resolve("bogus.aot"), "not an AOT cache", StandardCharsets.UTF_8);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        for (String cache : new String[] {bogus.toString(), apps.resolve("missing.aot").toString()}) {
            var process = new ProcessBuilder(java.toString(), "-XX:AOTCache=" + cache, "-version")
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(output).isZero();
        }
    }

    private ServiceJar extractedWithCache() throws IOException {
        Files.writeString(apps.resolve("catalog.jar"), "the runnable jar");
        var jar = ServiceJar.of(apps, "catalog");
        Files.createDirectories(jar.extractedDirectory());
        Files.writeString(jar.extractedJar(), "the application's classes");
        jar.markExtracted();
        Files.writeString(jar.cache(), "a cache");
        return jar;
    }
}

package org.shelfwise.catalog.sru;

import org.junit.jupiter.api.Test;
import org.shelfwise.catalog.Isbns;
import org.shelfwise.embedded.testing.EmbeddedInfrastructureInitializer;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ContextConfiguration;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * SRU as a client written by others speaks it: Index Data's yaz-client (Debian package yaz, which CI installs)
 * searches the running catalogue for a title word, and yaz-marcdump reads the MARCXML record it saved.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ContextConfiguration(initializers = EmbeddedInfrastructureInitializer.class)
class SruYazIT {

    @LocalServerPort
    int port;

    @Test
    void yazClientFindsATitleWordAndYazMarcdumpReadsTheRecord() throws Exception {
        assumeTrue(onPath("yaz-client") && onPath("yaz-marcdump"),
                "yaz-client and yaz-marcdump are not on PATH: install Debian's yaz (apt-get install yaz), as CI does");
        String word = "yz" + new Random().ints(8, 'a', 'z' + 1).collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append);
        var book = new HttpJson(port, TestTokens.librarian()).post("/api/books", """
                {"title": "The %s of Kerguelen", "authors": ["Rita Rivera"], "isbn": "%s", "publicationYear": 1999}"""
                .formatted(word, Isbns.unique()));
        assertThat(book.status()).isEqualTo(201);

        Path records = Files.createTempFile("yaz-records-", ".xml");
        Path commands = Files.createTempFile("yaz-commands-", ".txt");
        try {
            Files.writeString(commands, String.join("\n", "sru get 1.2", "open http://127.0.0.1:" + port + "/sru",
                    "querytype cql", "format xml", "schema marcxml", "find dc.title = " + word, "show 1", "quit", ""));
            String session = run(List.of("yaz-client", "-m", records.toString(), "-f", commands.toString()));
            assertThat(session).contains("Number of hits: 1");

            String dump = run(List.of("yaz-marcdump", "-i", "marcxml", "-o", "line", records.toString()));
            assertThat(dump).containsPattern("(?m)^245 .*\\$a The " + word + " of Kerguelen")
                    .containsPattern("(?m)^100 .*Rita Rivera");
        } finally {
            Files.deleteIfExists(records);
            Files.deleteIfExists(commands);
        }
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(command).redirectErrorStream(true).start();
        process.getOutputStream().close();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).as(String.join(" ", command)).isTrue();
        return new String(out, StandardCharsets.UTF_8);
    }

    private static boolean onPath(String program) {
        for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(directory, program))) {
                return true;
            }
        }
        return false;
    }
}

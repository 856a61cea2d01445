package org.shelfwise.launcher.demo;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A small, real-looking library, loaded through the public API on the first start of a data directory so that a
 * new user can check a book out at once. A marker file records that it is in; a load that failed part-way is
 * tried again on the next start, and what exists already is left as it is.
 */
public final class DemoData {

    /** The library code in the demo copies' barcodes. */
    static final int LIBRARY_CODE = 1234;

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final GatewayClient gateway;
    private final Path marker;
    private final Path passwordFile;
    private final PrintStream out;

    /** Loads through {@code gateway}, signed in as the {@code admin} account with {@code adminPassword}. */
    public DemoData(URI gateway, Path dataDir, PrintStream out, String adminPassword) {
        this.gateway = new GatewayClient(gateway, JSON, "admin", adminPassword);
        this.marker = dataDir.resolve("demo-data.loaded");
        this.passwordFile = dataDir.resolve("admin-password");
        this.out = out;
    }

    static List<DemoBook> books() {
        return read("books.json", new TypeReference<>() { });
    }

    static List<DemoBranch> branches() {
        return read("branches.json", new TypeReference<>() { });
    }

    static List<DemoPatron> patrons() {
        return read("patrons.json", new TypeReference<>() { });
    }

    /** The barcodes of the demo copies, numbered through the catalogue in order: the same on every start. */
    static List<List<ItemBarcode>> copyBarcodes(List<DemoBook> books) {
        var barcodes = new ArrayList<List<ItemBarcode>>();
        long itemNumber = 1;
        for (DemoBook book : books) {
            var copies = new ArrayList<ItemBarcode>();
            for (int i = 0; i < book.copies(); i++) {
                copies.add(ItemBarcode.of(LIBRARY_CODE, itemNumber++));
            }
            barcodes.add(copies);
        }
        return barcodes;
    }

    /** Loads the demo set unless it was loaded before; reports what failed instead of throwing. */
    public void loadOnce() throws InterruptedException {
        if (Files.exists(marker)) {
            return;
        }
        log.info("Loading demo data through the gateway");
        long start = System.nanoTime();
        var load = new DemoLoad(gateway);
        try {
            load.branches(branches());
            load.patrons(patrons());
            List<DemoBook> books = books();
            load.books(books, copyBarcodes(books));
        } catch (IOException | RuntimeException e) {
            load.failed("demo data", e.toString());
        }
        if (!load.failures().isEmpty()) {
            log.warn("Demo data is incomplete, it will be tried again on the next start. What failed:\n  {}",
                    String.join("\n  ", load.failures()));
            return;
        }
        writeMarker();
        if (load.found() == 0) {
            log.info("Demo data loaded: {} branches, {} books with {} copies, {} patrons in {} s", load.branches(),
                    load.books(), load.copies(), load.patrons(), seconds(start));
        } else {
            log.info("Demo data completed: added {} books, {} copies and {} patrons to {} things found from an"
                    + " earlier attempt in {} s", load.books(), load.copies(), load.patrons(), load.found(),
                    seconds(start));
        }
        load.firstCheckout().ifPresent(this::printHint);
    }

    private void printHint(DemoLoad.Checkout checkout) {
        // the desk signs in first: every write needs a librarian's access token
        out.print("""

                  Try a first check-out, of item %1$s to patron %2$s, signed in as admin:
                  TOKEN=$(curl -s -X POST localhost:%3$d/api/auth/token -H 'Content-Type: application/json' \\
                    -d "{\\"username\\":\\"admin\\",\\"password\\":\\"$(cat %4$s)\\"}" \\
                    | sed 's/.*"access_token":"\\([^"]*\\)".*/\\1/')
                  curl -X POST localhost:%3$d/api/checkouts -H 'Content-Type: application/json' \\
                    -H "Authorization: Bearer $TOKEN" -d '%5$s'

                """.formatted(checkout.itemBarcode(), checkout.patronBarcode(), gateway.port(),
                passwordFile, JSON.writeValueAsString(checkout)));
    }

    private static String seconds(long since) {
        return String.format(Locale.ROOT, "%.1f", (System.nanoTime() - since) / 1e9);
    }

    private void writeMarker() {
        try {
            Files.writeString(marker, "The demo books and patrons are in; they are loaded once per data directory.\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static <T> T read(String name, TypeReference<T> type) {
        try (InputStream in = DemoData.class.getResourceAsStream("/demo/" + name)) {
            if (in == null) {
                throw new IllegalStateException("demo/" + name + " is missing from the launcher jar");
            }
            return JSON.readValue(in, type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

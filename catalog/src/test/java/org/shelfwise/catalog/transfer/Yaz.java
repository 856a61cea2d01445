package org.shelfwise.catalog.transfer;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Debian's yaz-marcdump as an independent reference for reading MARC: one record's title (245 $a) and first
 * contributor (100/110/111 $a, else 700 $a) as yaz converts them to UTF-8, in NFC.
 */
final class Yaz {

    private static final Pattern SUBFIELD = Pattern.compile("(?:^| )\\$([0-9a-z]) ");

    record Reading(String title, String contributor) {
    }

    private Yaz() {
    }

    /** Reads one ISO 2709 record with {@code yaz-marcdump -f <from> -t utf8 -o line}; {@code from} is marc8 or utf8. */
    static Reading read(byte[] record, String from) {
        try {
            Path file = Files.createTempFile("yaz-", ".mrc");
            try {
                Files.write(file, record);
                var process = new ProcessBuilder("yaz-marcdump", "-f", from, "-t", "utf8", "-o", "line", file.toString())
                        .redirectErrorStream(false).start();
                process.getOutputStream().close();
                byte[] out = process.getInputStream().readAllBytes();
                process.waitFor();
                return reading(new String(out, StandardCharsets.UTF_8).lines().toList());
            } finally {
                Files.deleteIfExists(file);
            }
        } catch (IOException e) {
            throw new IllegalStateException("yaz-marcdump is needed to check MARC reading (Debian package yaz: "
                    + "apt-get install yaz): " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Reading reading(List<String> lines) {
        String title = null;
        String main = null;
        String added = null;
        for (String line : lines) {
            if (line.length() < 8) {
                continue;
            }
            String tag = line.substring(0, 3);
            switch (tag) {
                case "245" -> title = title == null ? subfield(line, 'a') : title;
                case "100", "110", "111" -> main = main == null ? subfield(line, 'a') : main;
                case "700" -> added = added == null ? subfield(line, 'a') : added;
                default -> {
                }
            }
        }
        return new Reading(nfc(title), nfc(main != null ? main : added));
    }

    private static String subfield(String line, char code) {
        var values = new ArrayList<String>();
        var matcher = SUBFIELD.matcher(line);
        int start = -1;
        char current = 0;
        while (matcher.find()) {
            if (start >= 0 && current == code) {
                values.add(line.substring(start, matcher.start()));
            }
            current = matcher.group(1).charAt(0);
            start = matcher.end();
        }
        if (start >= 0 && current == code) {
            values.add(line.substring(start));
        }
        return values.isEmpty() ? null : values.getFirst();
    }

    static String nfc(String value) {
        return value == null ? null : Normalizer.normalize(value, Normalizer.Form.NFC).strip();
    }
}

package org.shelfwise.benchmarks.catalog;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;

/**
 * A made-up but realistic catalogue as the catalog's import CSV, generated as it is read (never held in memory):
 * titles from a few hundred English words with a Zipf-like skew (so some words are common, most rare), authors
 * from first and last names, LCSH-style subjects, languages and years as a public library's stock would have them.
 * Seeded, so every run generates the same books. One title in 100,000 holds the word {@value #RARE_WORD}.
 */
public final class SyntheticCatalogue {

    static final String RARE_WORD = "zeppelin";
    static final String HEADER = "isbn,title,subtitle,authors,publisher,publicationYear,language,subjects,description,edition\n";

    private static final String[] WORDS = ("history war love house night world time life death king city river garden "
            + "story stories secret secrets lost last first great little dark light shadow shadows winter summer "
            + "spring autumn sea island mountain road journey return daughter son mother father children family "
            + "letters memory memories silence fire water stone glass iron gold silver queen empire revolution "
            + "science philosophy introduction guide art music poems essays tales book notes modern ancient "
            + "america europe france china india africa london paris berlin rome century years days travels "
            + "murder mystery detective game games heart mind soul body power politics economics theory practice "
            + "language languages words world's nature animals birds trees flowers forest desert ocean stars sky "
            + "machine machines computer computing programming mathematics physics chemistry biology medicine "
            + "health food cooking kitchen wine bread beginners complete handbook encyclopedia dictionary atlas "
            + "philosopher philosophers religion god gods myth myths legends heroes war's peace soldier soldiers "
            + "ship ships train trains flight wings dreams dream dreamer prince princess castle tower bridge "
            + "street streets village town country land lands kingdom republic democracy freedom justice law").split(" ");
    private static final String[] FIRST = ("James Mary John Patricia Robert Jennifer Michael Linda William Elizabeth David "
            + "Barbara Richard Susan Joseph Jessica Thomas Sarah Charles Karen Marie Jean Pierre Sophie Hans Anna Giulia "
            + "Marco Carmen José Ana Olga Ivan Yuki Hiroshi Amara Kwame Priya Arjun Chen Wei Fatima Omar Ingrid Lars").split(" ");
    private static final String[] LAST = ("Smith Johnson Williams Brown Jones Garcia Miller Davis Rodriguez Martinez "
            + "Hernandez Lopez Wilson Anderson Taylor Thomas Moore Martin Jackson Thompson White Dubois Lefèvre Müller "
            + "Schmidt Rossi Bianchi García Fernández Ivanova Petrov Tanaka Suzuki Okafor Mensah Sharma Patel Wang Li "
            + "Haddad Nilsson Lindqvist O'Brien Kowalski Nowak Novák Horváth Yılmaz Costa Silva").split(" ");
    private static final String[] SUBJECTS = {"History", "Fiction", "Detective and mystery stories", "Science fiction",
            "Love stories", "Biography", "Poetry", "Philosophy", "World War, 1939-1945", "Cooking", "Travel",
            "Children's stories", "Economics", "Political science", "Physics", "Mathematics", "Computer programming",
            "Art -- History", "Music -- History and criticism", "France -- History", "China -- History",
            "Natural history", "Birds", "Mythology", "Religion", "Medicine", "Psychology", "Short stories"};
    private static final String[] LANGUAGES = {"en", "en", "en", "en", "en", "en", "en", "fr", "de", "es", "it", "nl", "sv"};
    private static final String[] PUBLISHERS = {"Penguin", "Vintage", "HarperCollins", "Gallimard", "Suhrkamp",
            "Oxford University Press", "Macmillan", "Faber & Faber", "Hachette", "Random House", "Anagrama"};

    private SyntheticCatalogue() {
    }

    /** The title words, most frequent first (the skew follows the list's order). */
    static List<String> wordsByFrequency() {
        return List.of(WORDS);
    }

    /** The languages books are in, most frequent first. */
    static List<String> languages() {
        return new LinkedHashSet<>(List.of(LANGUAGES)).stream().toList();
    }

    /** Books {@code from} (inclusive) to {@code to} (exclusive) of the catalogue, as CSV with a header row. */
    public static InputStream csv(long from, long to) {
        var header = new ByteArrayInputStream(HEADER.getBytes(StandardCharsets.UTF_8));
        return new SequenceInputStream(header, new SequenceInputStream(new Enumeration<>() {
            long next = from;

            @Override
            public boolean hasMoreElements() {
                return next < to;
            }

            @Override
            public InputStream nextElement() {
                var rows = new StringBuilder();
                long end = Math.min(to, next + 1000);
                for (; next < end; next++) {
                    rows.append(row(next));
                }
                return new ByteArrayInputStream(rows.toString().getBytes(StandardCharsets.UTF_8));
            }
        }));
    }

    static String row(long n) {
        var random = new Random(n * 0x9E3779B97F4A7C15L);
        int words = 1 + random.nextInt(5);
        var title = new StringBuilder();
        for (int i = 0; i < words; i++) {
            title.append(i == 0 ? "" : " ").append(capitalise(word(random)));
        }
        if (n % 100_000 == 7) {
            title.append(" ").append(capitalise(RARE_WORD));
        }
        String subtitle = random.nextInt(4) == 0 ? "A " + word(random) + " of " + word(random) : "";
        int authors = 1 + (random.nextInt(6) == 0 ? 1 : 0);
        var names = new StringBuilder();
        for (int i = 0; i < authors; i++) {
            names.append(i == 0 ? "" : "|").append(FIRST[random.nextInt(FIRST.length)]).append(' ')
                    .append(LAST[random.nextInt(LAST.length)]);
        }
        String subjects = SUBJECTS[random.nextInt(SUBJECTS.length)]
                + (random.nextBoolean() ? "|" + SUBJECTS[random.nextInt(SUBJECTS.length)] : "");
        int year = 1800 + (int) Math.round(225 * Math.sqrt(random.nextDouble()));
        return String.join(",", isbn(n), quote(title.toString()), quote(subtitle), quote(names.toString()),
                quote(PUBLISHERS[random.nextInt(PUBLISHERS.length)]), Integer.toString(year),
                LANGUAGES[random.nextInt(LANGUAGES.length)], quote(subjects), "", "") + "\n";
    }

    /** The n-th book's ISBN: 978 then n, with its check digit, so each book has its own. */
    static String isbn(long n) {
        String twelve = "978" + String.format("%09d", n);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (i % 2 == 0 ? 1 : 3) * (twelve.charAt(i) - '0');
        }
        return twelve + (10 - sum % 10) % 10;
    }

    // Zipf-like: low indexes far more often, so "history" is common and the tail is rare
    private static String word(Random random) {
        int index = (int) Math.floor(Math.pow(random.nextDouble(), 2.5) * WORDS.length);
        return WORDS[Math.min(index, WORDS.length - 1)];
    }

    private static String capitalise(String word) {
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private static String quote(String value) {
        return value.isEmpty() ? "" : "\"" + value.replace("\"", "\"\"") + "\"";
    }
}

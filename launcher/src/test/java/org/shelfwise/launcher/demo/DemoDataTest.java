package org.shelfwise.launcher.demo;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class DemoDataTest {

    private final List<DemoBook> books = DemoData.books();

    @Test
    void holdsAFewDozenBooksWithOneToThreeCopiesEach() {
        assertThat(books).hasSizeBetween(30, 40);
        assertThat(books).allSatisfy(book -> {
            assertThat(book.title()).isNotBlank();
            assertThat(book.authors()).isNotEmpty().allSatisfy(author -> assertThat(author).isNotBlank());
            assertThat(book.copies()).isBetween(1, 3);
        });
    }

    @Test
    void everyIsbnIsAValidIsbn13AndAppearsOnce() {
        assertThat(books).extracting(DemoBook::isbn)
                .allSatisfy(isbn -> assertThat(isValidIsbn13(isbn)).as(isbn).isTrue())
                .doesNotHaveDuplicates();
    }

    @Test
    void everyCopyHasItsOwnValidBarcode() {
        List<String> barcodes = DemoData.copyBarcodes(books).stream().flatMap(List::stream)
                .map(ItemBarcode::value).toList();

        assertThat(barcodes).hasSize(books.stream().mapToInt(DemoBook::copies).sum())
                .doesNotHaveDuplicates()
                .allSatisfy(barcode -> assertThat(ItemBarcode.isValid(barcode)).isTrue());
    }

    @Test
    void listsTwoBranchesAndGivesEveryCopyOneOfThemSingleCopiesAtEither() {
        var branches = DemoData.branches();
        assertThat(branches).extracting(DemoBranch::code).containsExactly("main", "east")
                .allSatisfy(code -> assertThat(code).matches("[A-Za-z0-9][A-Za-z0-9._-]{0,31}"));
        assertThat(branches).extracting(DemoBranch::name).containsExactly("Main Library", "East Library");
        assertThat(books).allSatisfy(book -> assertThat(book.branches()).as(book.title()).hasSize(book.copies())
                .isSubsetOf("main", "east"));
        // a hold on a book whose only copy is at the other branch sends that copy in transit
        assertThat(books).filteredOn(book -> book.copies() == 1).extracting(book -> book.branches().getFirst())
                .contains("main", "east");
    }

    @Test
    void patronsHaveNamesAndDistinctExampleAddresses() {
        assertThat(DemoData.patrons()).hasSizeBetween(5, 6)
                .allSatisfy(patron -> {
                    assertThat(patron.name()).contains(" ");
                    assertThat(patron.email()).endsWith("@example.org");
                })
                .extracting(DemoPatron::email).doesNotHaveDuplicates();
    }

    /** ISBN-13: digits weighted 1, 3, 1, 3, ... sum to a multiple of ten. */
    private static boolean isValidIsbn13(String isbn) {
        if (!isbn.matches("97[89]\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 13; i++) {
            sum += (isbn.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return sum % 10 == 0;
    }
}

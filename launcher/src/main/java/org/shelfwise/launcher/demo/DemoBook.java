package org.shelfwise.launcher.demo;

import java.util.List;

/**
 * A book of the demo catalogue, how many copies of it the demo library holds, and the branch of each copy (codes of
 * {@code branches.json}, one per copy, in order).
 */
record DemoBook(String title, List<String> authors, String isbn, int copies, List<String> branches) {
}

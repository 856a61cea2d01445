package org.shelfwise.launcher.demo;

import java.util.List;

/** A book of the demo catalogue, and how many copies of it the demo library holds. */
record DemoBook(String title, List<String> authors, String isbn, int copies) {
}

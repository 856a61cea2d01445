package org.shelfwise.events.catalog;

import java.util.List;

/**
 * One person, organisation or meeting responsible for a book.
 *
 * @param kind PERSON, ORGANIZATION or MEETING
 */
public record Contributor(String name, String kind, List<String> roles, String originalScript) {
}

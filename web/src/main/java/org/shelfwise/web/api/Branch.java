package org.shelfwise.web.api;

/** A branch of the library, as circulation lists them ({@code GET /api/branches}): its code and its name. */
public record Branch(String code, String name) {
}

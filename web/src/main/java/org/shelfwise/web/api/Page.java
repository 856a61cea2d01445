package org.shelfwise.web.api;

import java.util.List;

/** One page of a list resource, as every service answers it. */
public record Page<T>(List<T> content, Metadata page) {

    /** Paging facts. */
    public record Metadata(int number, int size, long totalElements, int totalPages) {
    }
}

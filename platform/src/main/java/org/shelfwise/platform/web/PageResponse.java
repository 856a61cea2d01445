package org.shelfwise.platform.web;

import java.util.List;

/**
 * One page of a list resource, in the same shape across all services.
 *
 * @param content the items on this page
 * @param page    where this page sits in the whole list
 */
public record PageResponse<T>(List<T> content, PageMetadata page) {

    /** Paging facts: zero-based page number, page size, and totals. */
    public record PageMetadata(int number, int size, long totalElements, int totalPages) {
    }

    public static <T> PageResponse<T> of(List<T> content, int number, int size, long totalElements) {
        int totalPages = size == 0 ? 0 : (int) ((totalElements + size - 1) / size);
        return new PageResponse<>(content, new PageMetadata(number, size, totalElements, totalPages));
    }
}

package org.shelfwise.gateway.catalogue;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The gateway's cache of public catalogue reads.
 *
 * @param enabled     whether the gateway answers catalogue reads from memory at all
 * @param bookTtl     the longest a book's answer is kept, however quiet the catalogue's events: the bound on a stale
 *                    answer should the broker stop delivering them while the gateway still holds its partitions
 * @param searchTtl   the longest a search's answer is kept: each catalog instance's search index learns a change by
 *                    event too, a little after the gateway may, so a search is dropped on every change and soon anyway
 * @param memoryLimit the most heap the answers may take; past it the least used go first
 */
@ConfigurationProperties("shelfwise.gateway.cache")
public record CatalogueCacheProperties(boolean enabled, Duration bookTtl, Duration searchTtl, DataSize memoryLimit) {
}

package org.shelfwise.catalog.caching;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How long cached entries live, by kind. Searches live briefly: their facet counts (availability among them) are as
 * of when the search ran; book details change rarely and are evicted on change, the TTL only bounds what a missed
 * eviction costs.
 */
@ConfigurationProperties("shelfwise.cache")
public record CacheSettings(@DefaultValue("10m") Duration books, @DefaultValue("60s") Duration searches,
                            @DefaultValue("100000") long maximumBooks, @DefaultValue("10000") long maximumSearches) {
}

package org.shelfwise.catalog.search;

import org.shelfwise.catalog.caching.CacheSettings;
import org.shelfwise.catalog.caching.CachedData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Search results are cached by the whole query: frequent searches ("harry potter", a subject page) repeat. Those
 * that filter by availability are kept apart, since every loan may change them.
 */
@Configuration(proxyBeanMethods = false)
class SearchCaching {

    @Bean
    CachedData searchCache(CacheSettings settings) {
        return new CachedData(CachedData.SEARCHES, SearchResults.class, settings.searches(), settings.maximumSearches());
    }

    @Bean
    CachedData searchByAvailabilityCache(CacheSettings settings) {
        return new CachedData(CachedData.SEARCHES_BY_AVAILABILITY, SearchResults.class, settings.searches(),
                settings.maximumSearches());
    }
}

package org.shelfwise.catalog.search;

import org.shelfwise.catalog.caching.CacheSettings;
import org.shelfwise.catalog.caching.CachedData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Search results are cached by the whole query: frequent searches ("harry potter", a subject page) repeat. */
@Configuration(proxyBeanMethods = false)
class SearchCaching {

    @Bean
    CachedData searchCache(CacheSettings settings) {
        return new CachedData(CachedData.SEARCHES, SearchResults.class, settings.searches(), settings.maximumSearches());
    }
}

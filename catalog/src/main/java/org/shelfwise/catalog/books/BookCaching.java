package org.shelfwise.catalog.books;

import org.shelfwise.catalog.caching.CacheSettings;
import org.shelfwise.catalog.caching.CachedData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Book details are cached by id: the desk and the OPAC read the same records over and over. */
@Configuration(proxyBeanMethods = false)
class BookCaching {

    @Bean
    CachedData bookCache(CacheSettings settings) {
        return new CachedData(CachedData.BOOKS, Book.class, settings.books(), settings.maximumBooks());
    }
}

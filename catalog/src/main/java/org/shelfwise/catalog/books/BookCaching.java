package org.shelfwise.catalog.books;

import org.shelfwise.catalog.caching.CacheSettings;
import org.shelfwise.catalog.caching.CachedData;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Book details are cached by id: the desk and the OPAC read the same records over and over. A cached book is used
 * only while its version is still the row's (one read by primary key): an edit through another instance reached
 * this one's cache only a relay interval and a poll later, and in between a librarian who had just saved got the
 * old record and its old ETag back (15 of 20 read-then-edit cycles through the gateway met 412).
 */
@Configuration(proxyBeanMethods = false)
class BookCaching {

    @Bean
    CachedData bookCache(CacheSettings settings, JdbcClient jdbc) {
        return new CachedData(CachedData.BOOKS, Book.class, settings.books(), settings.maximumBooks(),
                (id, book) -> jdbc.sql("select version from book where id = ?").param(id).query(Long.class)
                        .optional().map(version -> version == ((Book) book).version()).orElse(false));
    }
}

package org.shelfwise.catalog.transfer;

import org.shelfwise.platform.web.RequestSizeLimit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;
import tools.jackson.databind.json.JsonMapper;

import java.util.Map;

/**
 * The limit on request bodies: 1 MB for the JSON API, and the import's own, larger limit for its files; either way
 * 413 before anything reads a body declared too large, and as soon as a streamed one passes the limit.
 */
@Configuration(proxyBeanMethods = false)
class BodySizeLimit {

    @Bean
    RequestSizeLimit requestSizeLimit(@Value("${shelfwise.request.max-size:1MB}") DataSize json,
                                      @Value("${shelfwise.import.max-size:256MB}") DataSize imports, JsonMapper mapper) {
        return new RequestSizeLimit(json, mapper, Map.of("/api/books/imports", imports));
    }
}

package org.shelfwise.catalog;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topics the catalogue publishes to; other services subscribe by these names. */
@Configuration(proxyBeanMethods = false)
public class CatalogTopics {

    public static final String BOOKS = "shelfwise.catalog.books";
    public static final String COPIES = "shelfwise.catalog.copies";

    @Bean
    NewTopic booksTopic(@Value("${shelfwise.kafka.replication-factor:1}") int replicas) {
        return TopicBuilder.name(BOOKS).partitions(3).replicas(replicas).build();
    }

    @Bean
    NewTopic copiesTopic(@Value("${shelfwise.kafka.replication-factor:1}") int replicas) {
        return TopicBuilder.name(COPIES).partitions(3).replicas(replicas).build();
    }
}

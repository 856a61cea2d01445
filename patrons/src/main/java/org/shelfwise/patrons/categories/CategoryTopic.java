package org.shelfwise.patrons.categories;

import org.apache.kafka.clients.admin.NewTopic;
import org.shelfwise.events.patrons.CategoryChanged;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic of {@code CategoryChanged} events, keyed by category code: few, rare events, so one partition. */
@Configuration(proxyBeanMethods = false)
class CategoryTopic {

    static final String NAME = CategoryChanged.TOPIC;

    @Bean
    NewTopic categoriesTopic(@Value("${shelfwise.kafka.replication-factor:1}") int replicationFactor) {
        return TopicBuilder.name(NAME).partitions(1).replicas(replicationFactor).build();
    }
}

package org.shelfwise.patrons.patrons;

import org.apache.kafka.clients.admin.NewTopic;
import org.shelfwise.events.patrons.PatronEvent;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topic on which patron changes leave the service, keyed by patron id. */
@Configuration(proxyBeanMethods = false)
class PatronTopic {

    static final String TOPIC = PatronEvent.TOPIC;

    @Bean
    NewTopic patronsTopic(@Value("${shelfwise.kafka.replication-factor:1}") int replicationFactor) {
        return TopicBuilder.name(TOPIC).partitions(3).replicas(replicationFactor).build();
    }
}

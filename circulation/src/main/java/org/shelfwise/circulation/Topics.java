package org.shelfwise.circulation;

import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.TopicBuilder;

/** The topics circulation reads and those it publishes to. */
@Configuration(proxyBeanMethods = false)
public class Topics {

    public static final String LOANS = "shelfwise.circulation.loans";
    public static final String HOLDS = "shelfwise.circulation.holds";
    public static final String CATALOG_COPIES = "shelfwise.catalog.copies";
    public static final String PATRONS = "shelfwise.patrons.patrons";
    public static final String PATRON_CATEGORIES = "shelfwise.patrons.categories";
    public static final String FINES = "shelfwise.circulation.fines";

    @Bean
    NewTopic loansTopic(@Value("${shelfwise.kafka.replication-factor:1}") int replicas) {
        return TopicBuilder.name(LOANS).partitions(3).replicas(replicas).build();
    }

    @Bean
    NewTopic finesTopic(@Value("${shelfwise.kafka.replication-factor:1}") int replicas) {
        return TopicBuilder.name(FINES).partitions(3).replicas(replicas).build();
    }

    @Bean
    NewTopic holdsTopic(@Value("${shelfwise.kafka.replication-factor:1}") int replicas) {
        return TopicBuilder.name(HOLDS).partitions(3).replicas(replicas).build();
    }
}

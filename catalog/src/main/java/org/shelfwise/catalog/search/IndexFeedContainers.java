package org.shelfwise.catalog.search;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/**
 * The index feed's listener containers: Boot's settings, in batches, and a batch that fails (the database out of
 * reach) is tried again every second for as long as it takes, the consumer paused meanwhile. The default would give
 * up after ten tries and go on without it, leaving the books it names stale in this instance's index until it
 * restarted.
 */
@Configuration(proxyBeanMethods = false)
class IndexFeedContainers {

    static final String NAME = "indexFeedListenerContainers";

    @Bean(NAME)
    ConcurrentKafkaListenerContainerFactory<Object, Object> indexFeedListenerContainers(
            ConcurrentKafkaListenerContainerFactoryConfigurer boot, ConsumerFactory<Object, Object> consumers) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        boot.configure(factory, consumers);
        factory.setBatchListener(true);
        factory.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(1000, FixedBackOff.UNLIMITED_ATTEMPTS)));
        return factory;
    }
}

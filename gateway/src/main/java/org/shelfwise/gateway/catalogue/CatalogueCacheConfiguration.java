package org.shelfwise.gateway.catalogue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue cache, its metrics ({@code cache.*{cache=gateway.books|gateway.searches}}) and its listener. */
@Configuration(proxyBeanMethods = false)
class CatalogueCacheConfiguration {

    @Bean
    CatalogueCache catalogueCache(CatalogueCacheProperties properties, ObjectProvider<MeterRegistry> meters) {
        var cache = new CatalogueCache(properties);
        meters.ifAvailable(registry -> {
            CaffeineCacheMetrics.monitor(registry, cache.books(), "gateway.books");
            CaffeineCacheMetrics.monitor(registry, cache.searches(), "gateway.searches");
        });
        return cache;
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(name = "shelfwise.gateway.cache.enabled", havingValue = "true")
    static class Listening {

        @Bean
        CatalogueEventsListener catalogueEventsListener(CatalogueCache cache, JsonMapper json) {
            return new CatalogueEventsListener(cache, json);
        }

        /** Acknowledged by hand and never: a group of its own that starts from the ends has no offsets to keep. */
        @Bean
        ConcurrentKafkaListenerContainerFactory<String, String> catalogueEventContainers(
                ConsumerFactory<String, String> consumers) {
            var factory = new ConcurrentKafkaListenerContainerFactory<String, String>();
            factory.setConsumerFactory(consumers);
            factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
            return factory;
        }
    }
}

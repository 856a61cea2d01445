package org.shelfwise.launcher;

import java.util.Map;

/** Where the services find their infrastructure: a JDBC URL per database, and the Kafka bootstrap servers. */
public record Endpoints(Map<String, String> databaseUrls, String kafkaBootstrapServers) {

    public Endpoints {
        databaseUrls = Map.copyOf(databaseUrls);
    }
}

package org.shelfwise.launcher;

import java.util.List;
import java.util.Map;

/** How one instance is started: the environment it is configured by and its program arguments. */
public record LaunchSpec(ServiceInstance instance, Map<String, String> environment, List<String> arguments) {

    public LaunchSpec {
        environment = Map.copyOf(environment);
        arguments = List.copyOf(arguments);
    }
}

package org.shelfwise.launcher;

/** One copy of a service: its jar is {@code <service>.jar}, and it calls itself {@code <service>-<number>}. */
public record ServiceInstance(String service, int number, int port) {

    public String id() {
        return service + "-" + number;
    }

    public String url() {
        return "http://localhost:" + port;
    }
}

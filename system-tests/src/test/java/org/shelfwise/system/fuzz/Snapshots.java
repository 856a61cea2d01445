package org.shelfwise.system.fuzz;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What each service holds, read through its listings: taken before and after a refused request, which must not
 * have changed any of it. Each service's listings are read straight from one of its instances.
 */
final class Snapshots {

    private static final JsonMapper json = JsonMapper.builder().build();

    private final Wire wire;
    private final String token;
    private final Map<String, String> bases;
    private final Map<String, List<String>> listings;
    private final Map<String, Set<String>> ignored;

    /**
     * {@code bases}: a base URL by service; {@code listings}: the paths that show what each service holds;
     * {@code ignored}: the JSON members of a service's listings that other services' events change.
     */
    Snapshots(Wire wire, String token, Map<String, String> bases, Map<String, List<String>> listings,
              Map<String, Set<String>> ignored) {
        this.wire = wire;
        this.token = token;
        this.bases = Map.copyOf(bases);
        this.listings = Map.copyOf(listings);
        this.ignored = Map.copyOf(ignored);
    }

    /** What {@code service} holds now, listing by listing. */
    Map<String, String> of(String service) {
        var snapshot = new LinkedHashMap<String, String>();
        for (String listing : listings.getOrDefault(service, List.of())) {
            var answer = wire.get(bases.get(service), token, listing);
            snapshot.put(listing, answer.status() + " " + without(ignored.getOrDefault(service, Set.of()), answer.body()));
        }
        return snapshot;
    }

    private static String without(Set<String> members, String body) {
        if (members.isEmpty() || !body.startsWith("[") && !body.startsWith("{")) {
            return body;
        }
        JsonNode tree = json.readTree(body);
        strip(tree, members);
        return tree.toString();
    }

    private static void strip(JsonNode node, Set<String> members) {
        if (node instanceof ObjectNode object) {
            members.forEach(object::remove);
        }
        node.values().forEach(child -> strip(child, members));
    }

    /** The listing that differs between two snapshots, or null when none does. */
    static String difference(Map<String, String> before, Map<String, String> after) {
        for (var listing : before.entrySet()) {
            if (!listing.getValue().equals(after.get(listing.getKey()))) {
                return listing.getKey();
            }
        }
        return null;
    }
}

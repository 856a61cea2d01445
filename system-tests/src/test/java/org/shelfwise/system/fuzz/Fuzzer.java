package org.shelfwise.system.fuzz;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

import static org.awaitility.Awaitility.await;

/**
 * Sends one operation's bad requests to one place (the gateway or a service), as one caller, and checks each answer
 * ({@link Tally}) and that no refused request changed what the service holds ({@link Snapshots}). The data is
 * compared around the whole batch; when the batch had a request accepted (a mutation that happened to be valid), its
 * refused requests are sent again one at a time, comparing around each.
 */
final class Fuzzer {

    private final Wire wire;
    private final Snapshots snapshots;
    private final Tally tally;

    Fuzzer(Wire wire, Snapshots snapshots, Tally tally) {
        this.wire = wire;
        this.snapshots = snapshots;
        this.tally = tally;
    }

    /** {@code where} names the place and caller in the report; {@code token} is null for an anonymous caller. */
    void run(String where, String base, String token, Operation operation, List<Attempt> attempts) {
        var before = snapshots.of(operation.service());
        var refused = new ArrayList<Attempt>();
        String etag = currentEtag(base, token, operation, attempts);
        for (Attempt attempt : attempts) {
            var answer = wire.send(base, token, attempt, etag);
            if (tally.record(where, attempt, answer)) {
                refused.add(attempt);
            } else if (operation.writes()) {
                etag = currentEtag(base, token, operation, attempts);
            }
        }
        if (!operation.writes()) {
            return;
        }
        var after = settled(operation.service());
        tally.dataChecked();
        // only the refused requests again, each on its own: the accepted ones were meant to change the data
        if (refused.size() < attempts.size() || Snapshots.difference(before, after) != null) {
            oneByOne(where, base, token, operation, refused);
        }
    }

    private void oneByOne(String where, String base, String token, Operation operation, List<Attempt> attempts) {
        var before = settled(operation.service());
        String etag = currentEtag(base, token, operation, attempts);
        for (Attempt attempt : attempts) {
            var answer = wire.send(base, token, attempt, etag);
            if (answer.status() >= 400 && answer.status() < 500) {
                var after = snapshots.of(operation.service());
                tally.dataChecked();
                String changed = Snapshots.difference(before, after);
                if (changed != null) {
                    tally.changed(where, attempt, changed);
                    before = settled(operation.service());
                }
            } else {
                // accepted: what it changed (and the events it caused) is the new baseline
                before = settled(operation.service());
                etag = currentEtag(base, token, operation, attempts);
            }
        }
    }

    /** The service's data once two readings a moment apart agree: events of an accepted request have landed. */
    private Map<String, String> settled(String service) {
        var last = new AtomicReference<>(snapshots.of(service));
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200)).until(() -> {
            var now = snapshots.of(service);
            return Objects.equals(now, last.getAndSet(now));
        });
        return last.get();
    }

    /** The entity tag of the resource the operation addresses, when its requests carry {@code If-Match}. */
    private String currentEtag(String base, String token, Operation operation, List<Attempt> attempts) {
        if (!operation.headers().contains("If-Match") || attempts.isEmpty()) {
            return null;
        }
        String target = attempts.stream().filter(a -> a.headers().containsKey("If-Match")).map(Attempt::target)
                .findFirst().orElse(null);
        if (target == null) {
            return null;
        }
        int query = target.indexOf('?');
        return wire.get(base, token, query < 0 ? target : target.substring(0, query)).etag();
    }
}

package org.shelfwise.web.checkin;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpSession;

/** This desk's recent check-ins, newest first (the last 50), kept in the session. */
public final class Returns implements Serializable {

    private static final String ATTRIBUTE = Returns.class.getName();
    private static final int KEPT = 50;

    private final List<Return> returns = new ArrayList<>();

    static Returns of(HttpSession session) {
        if (session.getAttribute(ATTRIBUTE) instanceof Returns kept) {
            return kept;
        }
        return new Returns();
    }

    /** Adds one unless its key is there already (a form sent twice); answers the one kept. */
    Return record(HttpSession session, Return scanned) {
        var earlier = find(scanned.key());
        if (earlier.isPresent()) {
            return earlier.get();
        }
        returns.addFirst(scanned);
        if (returns.size() > KEPT) {
            returns.removeLast();
        }
        session.setAttribute(ATTRIBUTE, this);
        return scanned;
    }

    Optional<Return> find(String key) {
        return returns.stream().filter(r -> r.key().equals(key)).findFirst();
    }

    public List<Return> all() {
        return List.copyOf(returns);
    }
}

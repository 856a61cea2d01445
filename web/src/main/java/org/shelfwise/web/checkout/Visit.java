package org.shelfwise.web.checkout;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpSession;

/** One patron at the check-out desk: the copies scanned for them, newest first, until "Done". Kept in the session. */
public final class Visit implements Serializable {

    private static final String ATTRIBUTE = Visit.class.getName();

    private final UUID patronId;
    private final String patronBarcode;
    private final List<Scan> scans = new ArrayList<>();

    private Visit(UUID patronId, String patronBarcode) {
        this.patronId = patronId;
        this.patronBarcode = patronBarcode;
    }

    /** This desk's visit of the patron, if it is under way. */
    static java.util.Optional<Visit> current(HttpSession session, UUID patronId) {
        return session.getAttribute(ATTRIBUTE) instanceof Visit visit && visit.patronId.equals(patronId)
                ? java.util.Optional.of(visit) : java.util.Optional.empty();
    }

    /** This desk's visit of the patron: the one under way, or a new one. */
    static Visit of(HttpSession session, UUID patronId, String patronBarcode) {
        var current = current(session, patronId);
        if (current.isPresent()) {
            return current.get();
        }
        var visit = new Visit(patronId, patronBarcode);
        session.setAttribute(ATTRIBUTE, visit);
        return visit;
    }

    /** Adds a scan unless one with its key is there already (a form sent twice); answers the scan kept. */
    Scan record(HttpSession session, Scan scan) {
        var earlier = scans.stream().filter(s -> s.key().equals(scan.key())).findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        if (scan.lent()) {
            // the copy is lent now: the refusals it met before need no override any more
            scans.replaceAll(s -> s.itemBarcode().equals(scan.itemBarcode()) && s.overridable()
                    ? Scan.refused(s.key(), s.itemBarcode(), s.refusal(), false) : s);
        }
        scans.addFirst(scan);
        // set again, so that the session store writes the change
        session.setAttribute(ATTRIBUTE, this);
        return scan;
    }

    public List<Scan> scans() {
        return List.copyOf(scans);
    }

    /** What was lent in this visit, in the order it was scanned: the receipt. */
    public List<Scan> lent() {
        return scans.reversed().stream().filter(Scan::lent).toList();
    }

    public UUID patronId() {
        return patronId;
    }

    public String patronBarcode() {
        return patronBarcode;
    }
}

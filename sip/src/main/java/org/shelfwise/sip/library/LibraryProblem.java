package org.shelfwise.sip.library;

/**
 * The library system refused a request or failed: its problem detail, shown on the kiosk's screen in words.
 *
 * @param status the HTTP status
 * @param type   the problem type's slug, e.g. {@code loan-limit-reached}
 */
public final class LibraryProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String words;

    public LibraryProblem(int status, String type, String words) {
        super(status + " " + type + ": " + words);
        this.status = status;
        this.type = type;
        this.words = words;
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    /** What happened, for the kiosk's screen. */
    public String words() {
        return words;
    }
}

package org.shelfwise.web.staff;

/** The staff member's session can no longer call the API (its tokens were refused); they must sign in again. */
public final class SessionEnded extends RuntimeException {

    public SessionEnded() {
        super("the session's tokens are no longer accepted");
    }
}

package org.shelfwise.web.account;

/** The patron's session holds no tokens the API still accepts (idle too long, signed out elsewhere): sign in again. */
final class PatronSessionEnded extends RuntimeException {

    PatronSessionEnded() {
        super("the patron's session has ended");
    }
}

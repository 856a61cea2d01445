package org.shelfwise.launcher;

import java.util.Optional;

/** The local system could not be brought up; names the instance to blame when there is one. */
final class StartupFailure extends RuntimeException {

    private final transient ServiceProcess culprit;

    StartupFailure(String message) {
        this(message, (ServiceProcess) null);
    }

    StartupFailure(String message, ServiceProcess culprit) {
        super(message);
        this.culprit = culprit;
    }

    StartupFailure(String message, Throwable cause) {
        super(message, cause);
        this.culprit = null;
    }

    Optional<ServiceProcess> culprit() {
        return Optional.ofNullable(culprit);
    }
}

package org.shelfwise.notifications.delivery;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.AddressException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

/**
 * Which SMTP failures are for good: the server refused the message or its recipient with a 5xx reply (or the
 * address cannot be an address). Anything else (the server unreachable, a 4xx reply, a dropped connection) is
 * transient, and the notice is tried again.
 */
final class SmtpFailures {

    private SmtpFailures() {
    }

    /** The server's reason, when the failure is permanent. */
    static Optional<String> permanent(Throwable failure) {
        Set<Throwable> seen = new HashSet<>();
        for (Throwable cause = failure; cause != null && seen.add(cause); cause = next(cause)) {
            if (cause instanceof SMTPAddressFailedException refused && isPermanent(refused.getReturnCode())) {
                return Optional.of(reason(refused));
            }
            if (cause instanceof SMTPSendFailedException refused && isPermanent(refused.getReturnCode())) {
                return Optional.of(reason(refused));
            }
            if (cause instanceof AddressException malformed) {
                return Optional.of("not an email address: " + malformed.getMessage());
            }
        }
        return Optional.empty();
    }

    /** What to keep of a transient failure. */
    static String describe(Throwable failure) {
        Throwable root = failure;
        while (next(root) != null && next(root) != root) {
            root = next(root);
        }
        return root.getClass().getSimpleName() + ": " + root.getMessage();
    }

    private static boolean isPermanent(int code) {
        return code >= 500 && code < 600;
    }

    private static String reason(MessagingException refused) {
        return refused.getMessage() == null ? "refused" : refused.getMessage().strip();
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof MessagingException messaging && messaging.getNextException() != null) {
            return messaging.getNextException();
        }
        return cause.getCause();
    }
}

package org.shelfwise.web.account;

import java.util.function.Supplier;

import org.shelfwise.web.api.ApiProblem;

/**
 * Something addressed by an id in the URL that the API says is not the patron's (403) or does not exist (404): both
 * are shown as the same "not found", so a patron who edits an id learns nothing, not even that it exists.
 */
final class NotTheirs extends RuntimeException {

    NotTheirs() {
        super("not the signed-in patron's, or not there", null, false, false);
    }

    static <T> T hidden(Supplier<T> call) {
        try {
            return call.get();
        } catch (ApiProblem refused) {
            if (refused.status() == 403 || refused.status() == 404) {
                throw new NotTheirs();
            }
            throw refused;
        }
    }
}

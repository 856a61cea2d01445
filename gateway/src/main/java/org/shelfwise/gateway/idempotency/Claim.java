package org.shelfwise.gateway.idempotency;

/** What the store says when a request with an idempotency key arrives. */
public sealed interface Claim {

    /** The key is new: this request goes ahead, and its answer will be kept. */
    record Granted() implements Claim {
    }

    /** The same request is being answered right now. */
    record InProgress() implements Claim {
    }

    /** The same request has been answered: here is that answer. */
    record Answered(StoredResponse response) implements Claim {
    }

    /** The key was used before for a different request (another body). */
    record KeyReused() implements Claim {
    }
}

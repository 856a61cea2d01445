/**
 * Keyed writes take effect once: the answer to a request with an Idempotency-Key is kept and replayed, in memory
 * or in Redis.
 */
package org.shelfwise.gateway.idempotency;

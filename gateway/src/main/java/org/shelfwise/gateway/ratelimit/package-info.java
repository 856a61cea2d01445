/**
 * Request rates per client (token buckets, in memory or in Redis), answered 429 with Retry-After beyond them.
 */
package org.shelfwise.gateway.ratelimit;

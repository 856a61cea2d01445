/**
 * The one connection to Redis the gateway's shared state uses, made only when a Redis URL is set.
 */
package org.shelfwise.gateway.redis;

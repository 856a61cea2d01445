/**
 * The largest request body the gateway passes on, per route.
 */
package org.shelfwise.gateway.limits;

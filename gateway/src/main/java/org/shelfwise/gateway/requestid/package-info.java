/**
 * A request id on every request and answer, taken from the caller or made here, and in the logs.
 */
package org.shelfwise.gateway.requestid;

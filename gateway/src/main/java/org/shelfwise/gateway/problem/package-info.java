/**
 * Every error the gateway answers itself, as an RFC 9457 problem detail.
 */
package org.shelfwise.gateway.problem;

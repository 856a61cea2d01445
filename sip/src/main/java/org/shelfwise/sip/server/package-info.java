/**
 * The TCP server kiosks connect to (plain, or TLS with a configured key store): one virtual thread per
 * connection, reading messages to their carriage return and answering each in turn.
 */
package org.shelfwise.sip.server;

/**
 * What a kiosk's message means at the library: login, status, patrons, items and fees, answered through the
 * gateway with circulation's own rules, refusals in words on the kiosk's screen.
 */
package org.shelfwise.sip.kiosk;

/**
 * Circulation's replica of the catalogue's copies, fed by the catalogue's events, so a check-out calls no other
 * service.
 */
package org.shelfwise.circulation.items;

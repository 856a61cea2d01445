/**
 * Holds: placed on a book, filled by a copy checked in, kept on the hold shelf until picked up or expired.
 */
package org.shelfwise.circulation.holds;

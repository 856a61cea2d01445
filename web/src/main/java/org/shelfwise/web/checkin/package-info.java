/**
 * The check-in screen: each scanned copy with who had it, any fine, and the hold it now fills.
 */
package org.shelfwise.web.checkin;

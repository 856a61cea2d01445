/**
 * The holds screens: the pull list in shelf order and the hold shelf with what to clear.
 */
package org.shelfwise.web.holds;

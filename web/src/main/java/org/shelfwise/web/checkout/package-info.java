/**
 * The check-out screen: a patron's standing, then each scanned copy lent or refused in words, with overrides.
 */
package org.shelfwise.web.checkout;

/**
 * Patron categories and the limits each gives, published for circulation.
 */
package org.shelfwise.patrons.categories;

/**
 * Strict input: JSON and query strings checked before any controller sees them, money and single-line text rules.
 */
package org.shelfwise.platform.input;

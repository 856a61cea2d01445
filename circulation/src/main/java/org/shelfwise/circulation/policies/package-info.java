/**
 * Loan policies and the rules that choose one for a patron category and a copy's location, as data.
 */
package org.shelfwise.circulation.policies;

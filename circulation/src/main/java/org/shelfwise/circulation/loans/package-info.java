/**
 * The desk: check-out, check-in and renewal under the loan policies, with librarian overrides, and the events they
 * publish.
 */
package org.shelfwise.circulation.loans;

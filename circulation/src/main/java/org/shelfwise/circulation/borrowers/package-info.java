/**
 * A borrower's account: circulation's replica of patrons and their categories (fed by the patrons service's
 * events), and the rules by which the account decides a check-out, a renewal or a hold, with overrides in one place.
 */
package org.shelfwise.circulation.borrowers;

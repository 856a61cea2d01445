/**
 * Borrowers and their accounts: circulation's replica of patrons and their categories, fed by the patrons service's
 * events, and the lending rules that decide on a patron's account whether they may borrow, renew or hold, and how much.
 */
package org.shelfwise.circulation.borrowers;

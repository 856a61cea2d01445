/**
 * Circulation's replica of patrons and their categories, fed by the patrons service's events: who may borrow and
 * how much.
 */
package org.shelfwise.circulation.borrowers;

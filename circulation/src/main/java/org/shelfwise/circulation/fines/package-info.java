/**
 * Fines for overdue loans: charged, paid in full or in part, waived with a reason.
 */
package org.shelfwise.circulation.fines;

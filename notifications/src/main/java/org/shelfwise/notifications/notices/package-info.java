/**
 * The notices owed to patrons, from circulation's events and the scheduled due-soon and overdue work, and the
 * delivery log that records what became of each.
 */
package org.shelfwise.notifications.notices;

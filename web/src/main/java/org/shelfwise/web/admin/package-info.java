/**
 * Administration, for ADMIN only: staff accounts, loan policies and their rules, the calendar of closed days.
 */
package org.shelfwise.web.admin;

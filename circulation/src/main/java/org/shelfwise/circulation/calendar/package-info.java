/**
 * The library's calendar of closed days, which due dates and pickup deadlines skip.
 */
package org.shelfwise.circulation.calendar;

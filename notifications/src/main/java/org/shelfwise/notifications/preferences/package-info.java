/** Each patron's choice of which notices come by email (or none), and in which language. */
package org.shelfwise.notifications.preferences;

/**
 * The inbox: each event a listener handles is recorded, so one delivered twice takes effect once.
 */
package org.shelfwise.platform.inbox;

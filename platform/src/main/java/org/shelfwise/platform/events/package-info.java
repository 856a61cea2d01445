/**
 * The envelope every event travels in, and what a listener does with an event it cannot handle.
 */
package org.shelfwise.platform.events;

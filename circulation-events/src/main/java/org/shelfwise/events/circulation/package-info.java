/**
 * The events circulation publishes (loans, holds, fines), as records shared by circulation and its consumers, each with a golden sample.
 */
package org.shelfwise.events.circulation;

/**
 * A patron's summary in one answer: their record, loans and holds, and the books of those, gathered from three
 * services.
 */
package org.shelfwise.gateway.summary;

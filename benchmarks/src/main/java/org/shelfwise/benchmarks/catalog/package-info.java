/**
 * The catalogue benchmark: a generated catalogue and MARC file shaped like real records, its import, and book
 * reads and searches through the gateway.
 */
package org.shelfwise.benchmarks.catalog;

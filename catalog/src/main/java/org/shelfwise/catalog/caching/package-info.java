/**
 * The catalogue's caches of books and searches, in Redis or in each instance, kept right across instances by
 * evictions sent through Kafka.
 */
package org.shelfwise.catalog.caching;

/**
 * Full-text search with facets over an Apache Lucene index in each instance, built from the database and kept
 * current from the catalogue's events.
 */
package org.shelfwise.catalog.search;

/**
 * The events the catalogue publishes (books and copies), as records shared by the catalog and its consumers, each with a golden sample.
 */
package org.shelfwise.events.catalog;

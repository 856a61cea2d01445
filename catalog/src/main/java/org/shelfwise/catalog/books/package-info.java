/**
 * Books and copies: records as MARC 21 describes them, their API with ETags, storage, and the events the catalogue
 * publishes.
 */
package org.shelfwise.catalog.books;

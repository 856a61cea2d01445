/**
 * Reading MARC 21 fields into a book's record and writing a record's changes back into its MARC fields.
 */
package org.shelfwise.catalog.books.marc;

package org.shelfwise.catalog.books;

/** What importing one record did to the catalogue. */
public enum ImportOutcome { CREATED, UPDATED, UNCHANGED }

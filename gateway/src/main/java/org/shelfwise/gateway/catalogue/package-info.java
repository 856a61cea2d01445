/**
 * The gateway's cache of public catalogue reads ({@code GET /api/books/{id}} and searches): warm reads answered from
 * the gateway's memory, entries dropped when the catalogue's events say a book or copy changed.
 */
package org.shelfwise.gateway.catalogue;

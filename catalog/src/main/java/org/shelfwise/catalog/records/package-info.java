/**
 * The catalogue's records as library protocols hand them out (SRU, OAI-PMH): MARC 21 in MARCXML and simple Dublin
 * Core, written into a response's XML stream rather than as documents of their own.
 */
package org.shelfwise.catalog.records;

/**
 * SRU 1.1, 1.2 and 2.0 at {@code /sru}: explain, searchRetrieve and scan, CQL parsed by a parser generated from the
 * CQL grammar (ANTLR 4) and answered from the catalogue's search index; records as MARCXML or Dublin Core; every
 * refusal as one of SRU's own diagnostics, in SRU's XML with HTTP 200.
 */
package org.shelfwise.catalog.sru;

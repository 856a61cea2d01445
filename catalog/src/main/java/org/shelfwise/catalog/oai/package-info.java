/**
 * OAI-PMH 2.0 at {@code /oai}, so that other library systems can harvest the catalogue and stay in step: the six
 * verbs, records as {@code oai_dc} and {@code marc21}, sets by format, {@code from}/{@code until} by the time each
 * record changed, deletions kept for ever, and resumption tokens that hold while the catalogue changes under them.
 */
package org.shelfwise.catalog.oai;

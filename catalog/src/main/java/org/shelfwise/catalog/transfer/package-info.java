/**
 * Import (CSV, MARC 21, MARCXML; as jobs any instance runs, with a report per record) and export of the catalogue.
 */
package org.shelfwise.catalog.transfer;

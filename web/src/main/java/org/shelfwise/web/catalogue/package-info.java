/**
 * The catalogue screens: search, a record with its copies, adding and editing records and copies.
 */
package org.shelfwise.web.catalogue;

/**
 * The library's branches: where a patron collects a hold, where a desk checks copies in. An administrator keeps
 * the list.
 */
package org.shelfwise.circulation.branches;

/**
 * The desk benchmark: check-outs and check-ins of many desks at once through the gateway, and the loan limit under
 * concurrency.
 */
package org.shelfwise.benchmarks.desk;

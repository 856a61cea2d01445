/**
 * The whole system started as ./shelfwise up starts it, for the system tests and benchmarks to drive and to break.
 */
package org.shelfwise.driver;

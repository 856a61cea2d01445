/**
 * How long the local system takes to become ready, and how much memory it holds once it is.
 */
package org.shelfwise.benchmarks.startup;

/** Cached catalogue reads through the gateway beside a peer's, and the whole system's idle CPU and memory. */
package org.shelfwise.benchmarks.reads;

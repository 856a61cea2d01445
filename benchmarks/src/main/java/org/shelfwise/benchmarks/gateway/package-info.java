/**
 * What the gateway adds to a warm book read, measured beside the same read made to a catalog instance directly.
 */
package org.shelfwise.benchmarks.gateway;

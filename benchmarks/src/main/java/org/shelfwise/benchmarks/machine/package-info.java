/**
 * What every benchmark reads off the machine and the running system: CPU use per process, a load client,
 * PostgreSQL's buffers.
 */
package org.shelfwise.benchmarks.machine;

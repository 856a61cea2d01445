/**
 * Test support shared by every module: the embedded servers' wiring for tests, a token issuer, HTTP clients and
 * exported spans.
 */
package org.shelfwise.embedded.testing;

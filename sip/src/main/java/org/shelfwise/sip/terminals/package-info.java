/**
 * Terminal accounts: the kiosks that may log in, created, listed and disabled by an administrator.
 */
package org.shelfwise.sip.terminals;

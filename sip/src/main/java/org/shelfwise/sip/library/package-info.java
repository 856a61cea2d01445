/**
 * The gateway's public API, called as the service's own staff account, its token renewed as it expires.
 */
package org.shelfwise.sip.library;

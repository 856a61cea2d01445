/**
 * The staff client's calls to the gateway's public API, and the answers it reads.
 */
package org.shelfwise.web.api;

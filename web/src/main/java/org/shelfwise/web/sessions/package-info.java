/**
 * Where staff sessions are kept: the web database, or Redis when one is configured.
 */
package org.shelfwise.web.sessions;

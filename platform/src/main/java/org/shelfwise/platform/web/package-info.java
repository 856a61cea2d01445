/**
 * What every service's web layer shares: paged answers, the request size limit, trusted proxies, the X-Served-By
 * header.
 */
package org.shelfwise.platform.web;

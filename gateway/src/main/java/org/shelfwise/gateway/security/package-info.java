/**
 * The edge's security: tokens verified, roles per route, forwarded headers from trusted proxies only, CORS and
 * security headers.
 */
package org.shelfwise.gateway.security;

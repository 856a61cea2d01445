/**
 * Each service as an OAuth2 resource server: tokens verified against the published keys, roles, a patron's own
 * data only.
 */
package org.shelfwise.platform.security;

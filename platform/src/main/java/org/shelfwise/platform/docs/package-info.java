/**
 * What the services' OpenAPI documents share, such as merge-patch request bodies.
 */
package org.shelfwise.platform.docs;

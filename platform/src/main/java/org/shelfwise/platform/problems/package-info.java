/**
 * RFC 9457 problem details for every refusal a service gives, naming the field and the rule.
 */
package org.shelfwise.platform.problems;

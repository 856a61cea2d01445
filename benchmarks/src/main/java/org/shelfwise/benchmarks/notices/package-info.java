/** How fast the notifications service turns circulation's events into emails accepted by an SMTP server. */
package org.shelfwise.benchmarks.notices;

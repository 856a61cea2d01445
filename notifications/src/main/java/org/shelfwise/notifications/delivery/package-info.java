/**
 * Sending the notices owed: each instance claims a batch (rows locked and skipped by the others, so two instances
 * never take the same notice), checks each against the current state just before sending, renders it, and sends
 * it over SMTP, over a few connections at once, each reused for many messages. A transient failure is tried again
 * with back-off; a refusal by the server is kept as the notice's failure.
 */
package org.shelfwise.notifications.delivery;

/**
 * The transactional outbox: events written with the change that caused them, relayed to Kafka after commit.
 */
package org.shelfwise.platform.outbox;

/**
 * Patrons: registration, library cards with check digits, blocks, and the events the patrons service publishes.
 */
package org.shelfwise.patrons.patrons;

/**
 * The events the patrons service publishes (patrons, categories), as records shared by it and its consumers, each with a golden sample.
 */
package org.shelfwise.events.patrons;

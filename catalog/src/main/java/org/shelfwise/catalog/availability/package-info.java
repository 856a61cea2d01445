/**
 * Listens to circulation's loan and hold events and keeps each copy's availability up to date.
 */
package org.shelfwise.catalog.availability;

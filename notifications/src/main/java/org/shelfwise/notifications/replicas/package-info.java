/**
 * What notices need from the other services, kept from their events: each patron's name and email address (the
 * patrons service), each book's title and each copy's branch (the catalogue).
 */
package org.shelfwise.notifications.replicas;

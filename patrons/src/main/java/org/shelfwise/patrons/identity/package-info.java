/**
 * Sign-in and accounts: passwords, staff roles, access and refresh tokens, the signing keys and their rotation.
 */
package org.shelfwise.patrons.identity;

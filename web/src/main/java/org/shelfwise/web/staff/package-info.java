/**
 * Staff sign-in and sign-out, tokens kept in the server-side session and renewed there.
 */
package org.shelfwise.web.staff;

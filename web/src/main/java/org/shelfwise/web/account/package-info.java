/**
 * The patron's own account in the public catalogue: sign-in with card or email, loans and renewals, holds, fines,
 * password. A security chain of its own keeps a patron's session apart from a staff member's.
 */
package org.shelfwise.web.account;

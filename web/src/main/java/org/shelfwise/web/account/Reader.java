package org.shelfwise.web.account;

import java.io.Serializable;
import java.util.UUID;

/**
 * The patron signed in to the public catalogue: the patron id their access token names, for which every account
 * call is made (never an id from the URL), and the username they signed in with (card number or email).
 */
public record Reader(UUID patronId, String username) implements Serializable {
}

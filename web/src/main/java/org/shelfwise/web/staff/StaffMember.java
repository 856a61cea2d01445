package org.shelfwise.web.staff;

import java.io.Serializable;
import java.util.Set;

/** Who is signed in at this desk, as their access token names them. */
public record StaffMember(String username, Set<String> roles) implements Serializable {

    public StaffMember {
        roles = Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains("ADMIN");
    }

    public boolean isStaff() {
        return roles.contains("LIBRARIAN") || isAdmin();
    }
}

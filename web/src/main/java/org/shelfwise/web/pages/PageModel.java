package org.shelfwise.web.pages;

import java.util.UUID;

import org.shelfwise.web.staff.StaffMember;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** What every staff page shows or needs: who is signed in, and a fresh key for the form it renders. */
@ControllerAdvice
class PageModel {

    @ModelAttribute("staff")
    StaffMember staff(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof StaffMember member ? member : null;
    }

    /** Generated per render: a form sent twice (double click, reload) carries the same key and lends once. */
    @ModelAttribute("formKey")
    String formKey() {
        return UUID.randomUUID().toString();
    }
}

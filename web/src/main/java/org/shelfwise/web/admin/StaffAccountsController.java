package org.shelfwise.web.admin;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administration (ADMIN only, by the staff pages' security): the staff accounts, and a new one. */
@Controller
@RequestMapping("/staff/admin")
class StaffAccountsController {

    private final Api api;
    private final Tokens tokens;

    StaffAccountsController(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** A staff account as the API shows it. */
    record Account(UUID id, String username, Set<String> roles, boolean enabled) {

        /** The roles in a steady order, for the page. */
        public List<String> sortedRoles() {
            return roles.stream().sorted().toList();
        }
    }

    @GetMapping
    String index() {
        return "admin";
    }

    @GetMapping("/staff")
    String accounts(Model model) {
        Forms.fresh(model);
        model.addAttribute("accounts", List.of(api.get(tokens.accessToken(), Account[].class, "/api/staff")));
        return "admin-staff";
    }

    @PostMapping("/staff")
    String create(@RequestParam(defaultValue = "") String username, @RequestParam(defaultValue = "") String password,
                  @RequestParam(required = false) List<String> roles, @RequestParam String key, Model model,
                  RedirectAttributes flash) {
        var body = Map.of("username", username.strip(), "password", password, "roles", roles == null ? List.of() : roles);
        try {
            var created = api.post(tokens.accessToken(), body, Account.class, key, "/api/staff");
            flash.addFlashAttribute("created", created.username());
            return "redirect:/staff/admin/staff";
        } catch (ApiProblem refused) {
            Forms.refused(refused, model, Map.of("username", username));
            return accounts(model);
        }
    }
}

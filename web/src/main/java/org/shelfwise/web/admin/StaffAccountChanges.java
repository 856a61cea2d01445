package org.shelfwise.web.admin;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.shelfwise.web.api.Api;
import org.shelfwise.web.api.ApiProblem;
import org.shelfwise.web.staff.Tokens;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An administrator's changes to one staff account: its roles, disabling and enabling it, a new password. Each
 * answers with the list again, the outcome or the refusal in words beside the account.
 */
@Controller
@RequestMapping("/staff/admin/staff/{id}")
class StaffAccountChanges {

    private final Api api;
    private final Tokens tokens;

    StaffAccountChanges(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    @PostMapping("/roles")
    String roles(@PathVariable UUID id, @RequestParam(required = false) List<String> roles, RedirectAttributes flash) {
        var body = Map.of("roles", roles == null ? List.of() : roles);
        return change(id, "rolesChanged", flash,
                () -> api.put(tokens.accessToken(), body, StaffAccountsController.Account.class, "/api/staff/{id}/roles", id));
    }

    @PostMapping("/disabling")
    String disable(@PathVariable UUID id, RedirectAttributes flash) {
        return change(id, "disabledNow", flash, () ->
                api.put(tokens.accessToken(), Map.of(), StaffAccountsController.Account.class, "/api/staff/{id}/disabled", id));
    }

    @PostMapping("/enabling")
    String enable(@PathVariable UUID id, RedirectAttributes flash) {
        return change(id, "enabledNow", flash, () -> {
            api.delete(tokens.accessToken(), "/api/staff/{id}/disabled", id);
            return api.get(tokens.accessToken(), StaffAccountsController.Account.class, "/api/staff/{id}", id);
        });
    }

    @PostMapping("/password")
    String resetPassword(@PathVariable UUID id, @RequestParam(defaultValue = "") String password,
                         RedirectAttributes flash) {
        return change(id, "passwordReset", flash, () -> api.put(tokens.accessToken(), Map.of("password", password),
                StaffAccountsController.Account.class, "/api/staff/{id}/password", id));
    }

    private String change(UUID id, String outcome, RedirectAttributes flash,
                          java.util.function.Supplier<StaffAccountsController.Account> call) {
        try {
            var account = call.get();
            flash.addFlashAttribute("changed", Map.of("outcome", outcome, "username", account.username()));
        } catch (ApiProblem refused) {
            if (refused.status() == 401 || refused.status() >= 500) {
                throw refused;
            }
            flash.addFlashAttribute("accountProblemId", id.toString());
            flash.addFlashAttribute("accountProblem", refused.errors().isEmpty() ? refused.inWords()
                    : String.join("; ", refused.byField().entrySet().stream()
                            .map(e -> e.getKey() + ": " + e.getValue()).toList()));
        }
        return "redirect:/staff/admin/staff";
    }
}

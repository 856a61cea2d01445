package org.shelfwise.notifications.preferences;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.shelfwise.notifications.notices.NoticeKind;
import org.shelfwise.notifications.replicas.KnownPatrons;
import org.shelfwise.platform.problems.FieldProblem;
import org.shelfwise.platform.problems.InvalidInput;
import org.shelfwise.platform.security.CurrentUser;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;

/**
 * A patron's notice preferences: for each kind, by email at once, in the daily digest, or not at all (a kind in
 * neither list), and the language of their notices. Staff set them for any patron, a patron for themself.
 */
@Tag(name = "Notice preferences")
@RestController
class PreferenceController {

    private final Preferences preferences;
    private final KnownPatrons patrons;

    PreferenceController(Preferences preferences, KnownPatrons patrons) {
        this.preferences = preferences;
        this.patrons = patrons;
    }

    /** The preferences as sent; {@code digestKinds} absent: none; {@code language} null or absent: the library's. */
    record PreferenceRequest(@NotNull Set<@NotNull NoticeKind> emailKinds, Set<@NotNull NoticeKind> digestKinds,
                             @Size(max = 10) @Pattern(regexp = "[a-z]{2,3}(-[A-Z]{2})?",
                                     message = "must be a language code such as en, de or pt-BR") String language) {
    }

    @Operation(summary = "A patron's notice preferences; the defaults until they choose (LIBRARIAN, or that patron)")
    @GetMapping("/api/notice-preferences/{patronId}")
    Preferences.Preference get(@PathVariable UUID patronId, Authentication caller) {
        CurrentUser.of(caller).checkMayActFor(patronId);
        return preferences.find(patronId).orElseGet(() -> Preferences.Preference.byDefault(patronId));
    }

    @Operation(summary = "Choose which notices come by email at once, which in the daily digest (a kind in neither: "
            + "none), and their language (LIBRARIAN, or that patron); 404 when the patrons service has no such "
            + "patron, 503 when it cannot say")
    @PutMapping("/api/notice-preferences/{patronId}")
    Preferences.Preference put(@PathVariable UUID patronId, @Valid @RequestBody PreferenceRequest request,
                               Authentication caller) {
        CurrentUser.of(caller).checkMayActFor(patronId);
        var email = choosable("emailKinds", request.emailKinds());
        var digest = choosable("digestKinds", request.digestKinds() == null ? Set.of() : request.digestKinds());
        if (email.stream().anyMatch(digest::contains)) {
            throw new InvalidInput(new FieldProblem("digestKinds", "disjoint",
                    "A kind comes either by email at once or in the digest: leave it out of one list."));
        }
        // a patron registered a moment ago may not have reached this service's replica yet
        patrons.checkExists(patronId, ((Jwt) caller.getPrincipal()).getTokenValue());
        var preference = new Preferences.Preference(patronId, email, digest, request.language());
        preferences.put(preference);
        return preference;
    }

    private static Set<NoticeKind> choosable(String field, Set<NoticeKind> kinds) {
        if (kinds.stream().anyMatch(kind -> !kind.choosable())) {
            throw new InvalidInput(new FieldProblem(field, "choosable",
                    "The digest is how notices come, not a kind of notice: name the kinds it gathers in digestKinds."));
        }
        var chosen = EnumSet.noneOf(NoticeKind.class);
        chosen.addAll(kinds);
        return chosen;
    }
}

package org.shelfwise.patrons.identity;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Sign-in, token refresh, sign-out, and the public keys that verify access tokens. */
@Tag(name = "Authentication")
@RestController
class AuthController {

    private final SignIn signIn;
    private final SigningKeys keys;

    AuthController(SignIn signIn, SigningKeys keys) {
        this.signIn = signIn;
        this.keys = keys;
    }

    /** Username (card barcode, email, or staff username) and password. */
    record Credentials(@NotBlank @Size(max = 254) String username, @NotBlank @Size(max = 128) String password) {
    }

    /** A refresh token, named as in OAuth 2.0. */
    record RefreshRequest(@JsonProperty("refresh_token") @NotBlank @Size(max = 128) String refreshToken) {
    }

    /** The OAuth 2.0 token response (RFC 6749, section 5.1). */
    record TokenResponse(@JsonProperty("access_token") String accessToken,
                         @JsonProperty("token_type") String tokenType,
                         @JsonProperty("expires_in") long expiresIn,
                         @JsonProperty("refresh_token") String refreshToken) {

        static TokenResponse of(SignIn.Tokens tokens) {
            return new TokenResponse(tokens.accessToken(), "Bearer", tokens.expiresIn(), tokens.refreshToken());
        }
    }

    @Operation(summary = "Sign in with a password; answers an access token and a refresh token")
    @PostMapping("/api/auth/token")
    TokenResponse token(@Valid @RequestBody Credentials credentials, HttpServletRequest request)
            throws InterruptedException {
        // the client's address as the gateway forwards it (platform's TrustedProxies): failures count per address
        var attempt = signIn.withPassword(credentials.username(), credentials.password(), request.getRemoteAddr());
        if (attempt.refusal() != null) {
            // after the transaction: a slowed-down attempt holds no lock and no connection while it waits
            Thread.sleep(attempt.delay());
            throw attempt.refusal();
        }
        return TokenResponse.of(attempt.tokens());
    }

    @Operation(summary = "Exchange a refresh token for new tokens (the old refresh token stops working)")
    @PostMapping("/api/auth/refresh")
    TokenResponse refresh(@Valid @RequestBody RefreshRequest request) {
        return TokenResponse.of(signIn.refresh(request.refreshToken()));
    }

    @Operation(summary = "Sign out: the refresh token and every token refreshed from it stop working")
    @PostMapping("/api/auth/logout")
    ResponseEntity<Void> logout(@Valid @RequestBody RefreshRequest request) {
        signIn.signOut(request.refreshToken());
        return ResponseEntity.noContent().build();
    }

    @Operation(summary = "The public keys that verify access tokens (JWKS)")
    @GetMapping("/api/auth/jwks")
    Map<String, Object> jwks() {
        return keys.publishedKeys().toJSONObject(true);
    }
}

package org.shelfwise.patrons.identity;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.util.Map;

/** Lets an administrator rotate the signing key, for instance when a key may have leaked. */
@Tag(name = "Authentication")
@RestController
class KeyRotationController {

    private final SigningKeys keys;

    KeyRotationController(SigningKeys keys) {
        this.keys = keys;
    }

    @Operation(summary = "Start signing with a new key; the old one keeps verifying until its tokens expire (ADMIN)")
    @PostMapping("/api/auth/keys")
    ResponseEntity<Map<String, String>> rotate() {
        return ResponseEntity.status(201).body(Map.of("kid", keys.rotate().getKeyID()));
    }
}

package org.shelfwise.patrons.identity;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.shelfwise.embedded.testing.HttpJson;
import org.shelfwise.embedded.testing.TestTokens;
import org.shelfwise.patrons.PatronsIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

import java.util.Base64;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

@PatronsIntegrationTest
class SignInIT {

    static final String PASSWORD = "a long patron password";

    @LocalServerPort
    int port;
    @Autowired
    JsonMapper json;
    HttpJson api;
    HttpJson desk;

    @BeforeEach
    void api() {
        api = new HttpJson(port);
        desk = api.signedInAs("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
    }

    HttpJson.Response signIn(String username, String password) {
        return api.post("/api/auth/token", "{\"username\":\"%s\",\"password\":\"%s\"}".formatted(username, password));
    }

    /** Registers a patron with a password and returns their card barcode. */
    String patronWithPassword(String email) {
        var created = desk.post("/api/patrons",
                "{\"name\":\"Mary Somerville\",\"email\":\"%s\",\"password\":\"%s\"}".formatted(email, PASSWORD));
        assertThat(created.status()).isEqualTo(201);
        return created.body().get("barcode").asString();
    }

    String uniqueEmail() {
        return "mary." + UUID.randomUUID() + "@example.org";
    }

    @Test
    void signsTheAdministratorInWithAShortLivedTokenSignedByAPublishedKey() throws Exception {
        var response = signIn("admin", PatronsIntegrationTest.ADMIN_PASSWORD);
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.body().get("token_type").asString()).isEqualTo("Bearer");
        assertThat(response.body().get("expires_in").asLong()).isBetween(1L, 900L);
        assertThat(response.body().get("refresh_token").asString()).isNotBlank();

        var jwt = SignedJWT.parse(response.body().get("access_token").asString());
        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        var keys = JWKSet.parse(api.get("/api/auth/jwks").body().toString());
        var key = (ECKey) keys.getKeyByKeyId(jwt.getHeader().getKeyID());
        assertThat(key).isNotNull();
        assertThat(key.isPrivate()).isFalse();
        assertThat(jwt.verify(new ECDSAVerifier(key))).isTrue();

        assertThat(jwt.getJWTClaimsSet().getIssuer()).isEqualTo("shelfwise");
        assertThat(jwt.getJWTClaimsSet().getStringListClaim("roles")).containsExactlyInAnyOrder("ADMIN", "LIBRARIAN");
    }

    @Test
    void signsEveryTokenInTheLowSFormOfItsSignatureTheOnlyOneVerifiersAccept() {
        // the JCA signer makes a high S half the time: twelve low ones by chance would be one run in 4,096
        for (int i = 0; i < 12; i++) {
            String token = signIn("admin", PatronsIntegrationTest.ADMIN_PASSWORD).body().get("access_token").asString();
            assertThat(TestTokens.isLowS(token)).as(token).isTrue();
            assertThat(api.get("/api/patrons?q=x", TestTokens.flipS(token)).status()).as("its high-S twin").isEqualTo(401);
        }
    }

    @Test
    void signsAPatronInWithTheirCardBarcodeOrTheirEmail() throws Exception {
        String email = uniqueEmail();
        String barcode = patronWithPassword(email);
        var byCard = signIn(barcode, PASSWORD);
        assertThat(byCard.status()).isEqualTo(200);
        var claims = SignedJWT.parse(byCard.body().get("access_token").asString()).getJWTClaimsSet();
        assertThat(claims.getStringListClaim("roles")).containsExactly("PATRON");
        assertThat(claims.getStringClaim("patron_id")).isNotBlank();
        assertThat(signIn(email.toUpperCase(), PASSWORD).status()).isEqualTo(200);
    }

    @Test
    void answersAWrongPasswordAndAnUnknownUserAlike() {
        patronWithPassword(uniqueEmail());
        var wrongPassword = signIn("admin", "not the password at all");
        var unknownUser = signIn("nobody-" + UUID.randomUUID(), PASSWORD);
        assertThat(wrongPassword.status()).isEqualTo(401);
        assertThat(unknownUser.status()).isEqualTo(401);
        assertThat(wrongPassword.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:invalid-credentials");
        assertThat(unknownUser.body().get("detail")).isEqualTo(wrongPassword.body().get("detail"));
        signIn("admin", PatronsIntegrationTest.ADMIN_PASSWORD); // resets the admin's failure count for other tests
    }

    @Test
    void locksAnAccountAfterRepeatedFailuresEvenAgainstTheRightPassword() {
        String barcode = patronWithPassword(uniqueEmail());
        for (int attempt = 1; attempt < 5; attempt++) {
            assertThat(signIn(barcode, "wrong password " + attempt).status()).isEqualTo(401);
        }
        var locked = signIn(barcode, "wrong password 5");
        assertThat(locked.status()).isEqualTo(423);
        assertThat(locked.headers().firstValue("Retry-After")).isPresent();
        assertThat(signIn(barcode, PASSWORD).status()).isEqualTo(423);
    }

    @Test
    void rotatesRefreshTokensAndRevokesTheFamilyWhenOneIsReused() {
        String barcode = patronWithPassword(uniqueEmail());
        String first = signIn(barcode, PASSWORD).body().get("refresh_token").asString();
        var refreshed = refresh(first);
        assertThat(refreshed.status()).isEqualTo(200);
        String second = refreshed.body().get("refresh_token").asString();
        assertThat(second).isNotEqualTo(first);

        var reused = refresh(first);
        assertThat(reused.status()).isEqualTo(401);
        assertThat(reused.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:invalid-refresh-token");
        assertThat(refresh(second).status()).as("the whole family is revoked").isEqualTo(401);
    }

    @Test
    void signingOutRevokesTheRefreshToken() {
        String barcode = patronWithPassword(uniqueEmail());
        String token = signIn(barcode, PASSWORD).body().get("refresh_token").asString();
        assertThat(api.post("/api/auth/logout", "{\"refresh_token\":\"" + token + "\"}").status()).isEqualTo(204);
        assertThat(refresh(token).status()).isEqualTo(401);
    }

    @Test
    void rotatesTheSigningKeyForAnAdministratorOnlyAndKeepsEarlierTokensValid() throws Exception {
        String adminToken = signIn("admin", PatronsIntegrationTest.ADMIN_PASSWORD).body().get("access_token").asString();
        String patronToken = signIn(patronWithPassword(uniqueEmail()), PASSWORD).body().get("access_token").asString();
        var anonymous = api.post("/api/auth/keys", "{}", null);
        assertThat(anonymous.status()).isEqualTo(401);
        assertThat(anonymous.contentType()).isEqualTo("application/problem+json");
        assertThat(anonymous.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:unauthenticated");
        var patron = api.post("/api/auth/keys", "{}", patronToken);
        assertThat(patron.status()).isEqualTo(403);
        assertThat(patron.body().get("type").asString()).isEqualTo("urn:shelfwise:problem:forbidden");

        var rotated = api.post("/api/auth/keys", "{}", adminToken);
        assertThat(rotated.status()).isEqualTo(201);
        String newKid = rotated.body().get("kid").asString();
        String oldKid = SignedJWT.parse(adminToken).getHeader().getKeyID();
        var published = JWKSet.parse(api.get("/api/auth/jwks").body().toString());
        assertThat(published.getKeyByKeyId(newKid)).isNotNull();
        assertThat(published.getKeyByKeyId(oldKid)).isNotNull();

        assertThat(api.post("/api/auth/keys", "{}", adminToken).status()).as("a token signed before rotation").isEqualTo(201);
        String fresh = signIn("admin", PatronsIntegrationTest.ADMIN_PASSWORD).body().get("access_token").asString();
        assertThat(SignedJWT.parse(fresh).getHeader().getKeyID()).isNotEqualTo(oldKid);
    }

    @Test
    void refusesTamperedAndUnsignedTokens() {
        String token = signIn("admin", PatronsIntegrationTest.ADMIN_PASSWORD).body().get("access_token").asString();
        String[] parts = token.split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1])).replace("\"shelfwise\"", "\"elsewhere\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(claims.getBytes()) + "." + parts[2];
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "." + parts[1] + ".";
        assertThat(api.post("/api/auth/keys", "{}", tampered).status()).isEqualTo(401);
        assertThat(api.post("/api/auth/keys", "{}", unsigned).status()).isEqualTo(401);
    }

    @Test
    void rejectsIncompleteCredentialsNamingTheField() {
        var response = api.post("/api/auth/token", "{\"password\":\"x\"}");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("errors").get(0).get("field").asString()).isEqualTo("username");
        assertThat(desk.post("/api/patrons", "{\"name\":\"N\",\"email\":\"n@example.org\",\"password\":\"short\"}")
                .body().get("errors").get(0).get("field").asString()).isEqualTo("password");
    }

    @Test
    void letsAnAdministratorCreateStaffWhoThenSignInWithTheirRoles() throws Exception {
        String adminToken = signIn("admin", PatronsIntegrationTest.ADMIN_PASSWORD).body().get("access_token").asString();
        String patronToken = signIn(patronWithPassword(uniqueEmail()), PASSWORD).body().get("access_token").asString();
        String username = "desk" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"username\":\"%s\",\"password\":\"a librarian's password\",\"roles\":[\"LIBRARIAN\"]}".formatted(username);

        assertThat(api.post("/api/staff", body, patronToken).status()).isEqualTo(403);
        assertThat(api.post("/api/staff", body, adminToken).status()).isEqualTo(201);
        assertThat(api.post("/api/staff", body, adminToken).status()).isEqualTo(409);
        assertThat(api.post("/api/staff", body.replace("LIBRARIAN", "PATRON"), adminToken).status()).isEqualTo(400);

        var librarian = signIn(username.toUpperCase(), "a librarian's password");
        assertThat(librarian.status()).isEqualTo(200);
        assertThat(SignedJWT.parse(librarian.body().get("access_token").asString()).getJWTClaimsSet()
                .getStringListClaim("roles")).containsExactly("LIBRARIAN");
    }

    @Test
    void letsAPatronChangeTheirOwnPasswordGivenTheCurrentOne() {
        String barcode = patronWithPassword(uniqueEmail());
        String token = signIn(barcode, PASSWORD).body().get("access_token").asString();
        String change = "{\"currentPassword\":\"%s\",\"newPassword\":\"a brand new password\"}";

        assertThat(api.put("/api/auth/password", change.formatted(PASSWORD), null).status()).isEqualTo(401);
        var wrong = api.put("/api/auth/password", change.formatted("not my password"), token);
        assertThat(wrong.status()).isEqualTo(403);
        assertThat(wrong.body().get("errors").get(0).get("field").asString()).isEqualTo("currentPassword");
        assertThat(api.put("/api/auth/password", change.formatted(PASSWORD), token).status()).isEqualTo(204);

        assertThat(signIn(barcode, PASSWORD).status()).isEqualTo(401);
        assertThat(signIn(barcode, "a brand new password").status()).isEqualTo(200);
    }

    private HttpJson.Response refresh(String token) {
        return api.post("/api/auth/refresh", "{\"refresh_token\":\"" + token + "\"}");
    }
}

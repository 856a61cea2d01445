package org.shelfwise.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The local system's administrator password: generated on first start, kept (readable by its owner only) in the
 * data directory, and handed to the patrons service, which creates the {@code admin} account with it. Only the
 * local launcher does this; a real deployment names the password itself ({@code SHELFWISE_ADMIN_PASSWORD}).
 *
 * @param value          the password
 * @param generatedNow   whether this start generated it (then it is printed, once)
 * @param file           where it is kept
 */
record AdminPassword(String value, boolean generatedNow, Path file) {

    static AdminPassword in(Path dataDir) {
        return in(dataDir, "admin-password");
    }

    /** A password kept the same way under another name (the SIP2 service's staff account's, for one). */
    static AdminPassword in(Path dataDir, String name) {
        Path file = dataDir.resolve(name);
        try {
            if (Files.exists(file)) {
                return new AdminPassword(Files.readString(file).strip(), false, file);
            }
            byte[] secret = new byte[18];
            new SecureRandom().nextBytes(secret);
            String password = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
            Files.createDirectories(dataDir);
            Files.writeString(Files.createFile(file, PosixFilePermissions.asFileAttribute(
                    PosixFilePermissions.fromString("rw-------"))), password + "\n");
            return new AdminPassword(password, true, file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the password in " + file, e);
        }
    }
}

package org.shelfwise.launcher;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.store.MailFolder;
import com.icegreen.greenmail.store.StoredMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Flags;
import jakarta.mail.MessagingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The local SMTP server the notifications service sends to (GreenMail, on loopback): every message it receives
 * is written as one {@code .eml} file (RFC 822, as received) under {@code DATA-DIR/mail}, so the notices the demo
 * produces can be opened in any mail program, and is then dropped from memory. Files are written whole under a
 * temporary name and then renamed, so a reader never sees half a message.
 */
final class LocalMail implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(LocalMail.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss", Locale.ROOT)
            .withZone(ZoneOffset.UTC);

    private final GreenMail server;
    private final Path folder;
    private final ScheduledExecutorService writer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().name("local-mail").daemon().factory());
    private final AtomicLong written = new AtomicLong();

    private LocalMail(GreenMail server, Path folder) {
        this.server = server;
        this.folder = folder;
    }

    /** Starts the server on {@code port} and begins keeping what it receives in {@code folder}. */
    static LocalMail start(int port, Path folder) throws IOException {
        Files.createDirectories(folder);
        var server = new GreenMail(new ServerSetup(port, Topology.LOOPBACK, ServerSetup.PROTOCOL_SMTP));
        server.start();
        var mail = new LocalMail(server, folder);
        mail.writer.scheduleWithFixedDelay(mail::keepReceived, 200, 200, TimeUnit.MILLISECONDS);
        return mail;
    }

    Path folder() {
        return folder;
    }

    /** Writes every message received since the last call, and drops each once it is on disk. */
    private void keepReceived() {
        try {
            for (GreenMailUser user : server.getUserManager().listUser()) {
                MailFolder inbox = server.getManagers().getImapHostManager().getInbox(user);
                boolean kept = false;
                for (StoredMessage message : inbox.getMessages()) {
                    write(message, user.getEmail());
                    message.setFlag(Flags.Flag.DELETED, true);
                    kept = true;
                }
                if (kept) {
                    inbox.expunge();
                }
            }
        } catch (IOException | MessagingException | FolderException | RuntimeException e) {
            log.warn("Could not keep the mail received in {}: {}", folder, e.toString());
        }
    }

    private void write(StoredMessage message, String recipient) throws IOException, MessagingException {
        String name = STAMP.format(Instant.now()) + "-" + String.format(Locale.ROOT, "%06d", written.incrementAndGet())
                + "-" + recipient.replaceAll("[^A-Za-z0-9@._-]", "_") + ".eml";
        Path partial = folder.resolve(name + ".part");
        try (OutputStream out = Files.newOutputStream(partial)) {
            message.getMimeMessage().writeTo(out);
        }
        Files.move(partial, folder.resolve(name), StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void close() {
        writer.shutdown();
        try {
            writer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        keepReceived();
        server.stop();
    }
}

package org.shelfwise.benchmarks.notices;

import com.icegreen.greenmail.mail.MovingMessage;
import com.icegreen.greenmail.user.GreenMailUser;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the messages a GreenMail server accepts as it accepts them: its delivery handler hands every recipient's
 * copy to this one sink, which counts it, notes the notice it carries ({@code X-Shelfwise-Notice}), and keeps
 * nothing else, so a run of any size holds no mailboxes in memory. Distinct notices against messages shows whether
 * any notice came twice.
 */
final class SmtpReceipts implements GreenMailUser {

    private final AtomicLong messages = new AtomicLong();
    private final Set<String> notices = ConcurrentHashMap.newKeySet();
    private volatile long lastReceivedNanos;

    /** Makes {@code smtp} deliver every message here. */
    static SmtpReceipts of(GreenMail smtp) {
        var receipts = new SmtpReceipts();
        smtp.getUserManager().setMessageDeliveryHandler((message, recipient) -> receipts);
        return receipts;
    }

    long messages() {
        return messages.get();
    }

    long distinctNotices() {
        return notices.size();
    }

    /** When the last message was accepted ({@link System#nanoTime()}). */
    long lastReceivedNanos() {
        return lastReceivedNanos;
    }

    @Override
    public void deliver(MovingMessage message) {
        deliver(message.getMessage());
    }

    @Override
    public void deliver(MimeMessage message) {
        messages.incrementAndGet();
        lastReceivedNanos = System.nanoTime();
        try {
            String notice = message.getHeader("X-Shelfwise-Notice", null);
            if (notice != null) {
                notices.add(notice);
            }
        } catch (MessagingException unreadable) {
            // counted as a message; a notice id it does not show is not counted as a notice
        }
    }

    @Override
    public String getEmail() {
        return "receipts@localhost";
    }

    @Override
    public String getLogin() {
        return getEmail();
    }

    @Override
    public void create() {
    }

    @Override
    public void delete() {
    }

    @Override
    public String getPassword() {
        return "";
    }

    @Override
    public void setPassword(String password) {
    }

    @Override
    public void authenticate(String password) {
    }

    @Override
    public String getQualifiedMailboxName() {
        return getEmail();
    }
}

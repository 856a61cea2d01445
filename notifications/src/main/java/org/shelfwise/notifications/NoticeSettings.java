package org.shelfwise.notifications;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

/**
 * How notices are made and sent ({@code shelfwise.notices}, from the environment variables in application.yml).
 *
 * @param from            the From address of every email
 * @param timeZone        the library's time zone: which day it is for due dates
 * @param defaultLanguage the template language for a patron who chose none
 * @param dueSoonDays     a loan due within this many days gets its due-soon notice
 * @param overdueDays     days after the due date of the first, second and third overdue notice
 * @param remindersInterval how often the due-soon and overdue notices owed are worked out
 * @param patrons         the patrons service, asked about a patron whose event has not arrived yet
 * @param digest          the daily digest
 */
@ConfigurationProperties("shelfwise.notices")
public record NoticeSettings(String from, ZoneId timeZone, String defaultLanguage, int dueSoonDays,
                             List<Integer> overdueDays, Duration remindersInterval, Delivery delivery,
                             Patrons patrons, Digest digest) {

    /**
     * @param time          the library's local time (in {@code timeZone}) the day's digests go out at
     * @param checkInterval how often an instance looks whether that time has come (one at a time, ShedLock)
     */
    public record Digest(LocalTime time, Duration checkInterval) {
    }

    /**
     * @param url     where the patrons service answers ({@code GET /api/patrons/{id}})
     * @param timeout the longest wait to connect, and then for its answer
     */
    public record Patrons(URI url, Duration timeout) {
    }

    public NoticeSettings {
        if (dueSoonDays < 0) {
            throw new IllegalArgumentException("shelfwise.notices.due-soon-days must be 0 or more, not " + dueSoonDays);
        }
        for (int i = 0; i < overdueDays.size(); i++) {
            if (overdueDays.get(i) < 1 || (i > 0 && overdueDays.get(i) <= overdueDays.get(i - 1))) {
                throw new IllegalArgumentException("shelfwise.notices.overdue-days must be increasing days of 1 or "
                        + "more, such as 1,7,14, not " + overdueDays);
            }
        }
        overdueDays = List.copyOf(overdueDays);
    }


    /**
     * @param pollInterval          how often an instance looks for notices to send
     * @param batchSize             how many notices it takes at a time
     * @param connections           SMTP connections used at once
     * @param messagesPerConnection messages sent over one connection before it is closed
     * @param firstRetry            the wait after the first transient failure, doubled each time after
     * @param longestRetry          the longest wait between two attempts
     * @param giveUpAfter           a notice still undelivered this long after it was owed is marked failed
     * @param lease                 a claimed notice whose instance died is taken up again after this
     */
    public record Delivery(Duration pollInterval, int batchSize, int connections, int messagesPerConnection,
                           Duration firstRetry, Duration longestRetry, Duration giveUpAfter, Duration lease) {
    }
}

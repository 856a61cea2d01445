package org.shelfwise.notifications.notices;

/** What became of a notice. */
public enum NoticeStatus {
    /** Owed, waiting for its (next) attempt. */
    PENDING,
    /** Claimed by an instance that is sending it. */
    SENDING,
    /** Accepted by the SMTP server. */
    SENT,
    /** Never deliverable: the SMTP server's reason is kept. */
    FAILED,
    /** No longer true when its time came (a loan returned, a hold collected): not sent. */
    STALE,
    /** The patron has no email address: owed on paper, on the desk's print list. */
    PRINT,
    /** The patron chose not to get this kind by email. */
    OPTED_OUT,
    /** Held for the patron's daily digest: checked again at its time, then sent in it (SENT) or left out (STALE). */
    DIGEST
}

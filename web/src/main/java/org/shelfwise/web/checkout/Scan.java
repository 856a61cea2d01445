package org.shelfwise.web.checkout;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One scanned copy at the check-out desk and what came of it.
 *
 * @param key         the form's idempotency key: a scan sent twice is one scan
 * @param lent        whether the copy was lent
 * @param title       the book's title, when lent
 * @param dueDate     when it is due back, when lent
 * @param refusal     the API's reason in words, when refused
 * @param overridable whether a librarian may lend it anyway, giving a reason
 * @param override    the reason given for lending despite a refusal
 */
public record Scan(String key, String itemBarcode, boolean lent, String title, LocalDate dueDate, String refusal,
                   boolean overridable, String override) implements Serializable {

    static Scan lent(String key, String itemBarcode, String title, LocalDate dueDate, String override) {
        return new Scan(key, itemBarcode, true, title, dueDate, null, false, override);
    }

    static Scan refused(String key, String itemBarcode, String refusal, boolean overridable) {
        return new Scan(key, itemBarcode, false, null, null, refusal, overridable, null);
    }
}

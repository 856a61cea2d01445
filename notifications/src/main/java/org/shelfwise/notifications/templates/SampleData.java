package org.shelfwise.notifications.templates;

import org.shelfwise.notifications.notices.NoticeKind;

import java.util.List;
import java.util.Map;

/**
 * What a preview fills a template with: the variables every kind gets, with likely values; a digest's, two notices
 * ({@code notices}: each a {@code subject} and {@code body}), its {@code date} and {@code count}.
 */
final class SampleData {

    private SampleData() {
    }

    static Map<String, ?> of(NoticeKind kind) {
        if (kind == NoticeKind.DIGEST) {
            return Map.of("patronName", "Ada Lovelace", "patronBarcode", "P-000042", "date", "2026-03-09",
                    "count", "2", "kind", kind.name(), "notices", List.of(
                            Map.of("subject", "Your hold is ready: Middlemarch",
                                    "body", "\"Middlemarch\" is waiting for you at Central.\n"),
                            Map.of("subject", "Due soon: Persuasion",
                                    "body", "\"Persuasion\" (copy C-000456) is due back on 2026-03-12.\n")));
        }
        return Map.of("patronName", "Ada Lovelace", "patronBarcode", "P-000042", "title", "Middlemarch",
                "itemBarcode", "C-000123", "branch", "Central", "pickupBy", "2026-03-09", "dueDate", "2026-03-20",
                "level", kind == NoticeKind.OVERDUE ? "1" : "", "amount", kind == NoticeKind.FINE_CHARGED ? "2.50" : "",
                "kind", kind.name());
    }
}

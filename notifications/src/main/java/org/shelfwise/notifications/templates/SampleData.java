package org.shelfwise.notifications.templates;

import org.shelfwise.notifications.notices.NoticeKind;

import java.util.Map;

/** What a preview fills a template with: the variables every kind gets, with likely values. */
final class SampleData {

    private SampleData() {
    }

    static Map<String, String> of(NoticeKind kind) {
        return Map.of("patronName", "Ada Lovelace", "patronBarcode", "P-000042", "title", "Middlemarch",
                "itemBarcode", "C-000123", "branch", "Central", "pickupBy", "2026-03-09", "dueDate", "2026-03-20",
                "level", kind == NoticeKind.OVERDUE ? "1" : "", "amount", kind == NoticeKind.FINE_CHARGED ? "2.50" : "",
                "kind", kind.name());
    }
}

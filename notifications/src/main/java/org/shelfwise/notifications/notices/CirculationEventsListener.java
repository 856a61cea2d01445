package org.shelfwise.notifications.notices;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.shelfwise.events.circulation.FineCharged;
import org.shelfwise.events.circulation.FineEvent;
import org.shelfwise.events.circulation.HoldCancelled;
import org.shelfwise.events.circulation.HoldEvent;
import org.shelfwise.events.circulation.HoldExpired;
import org.shelfwise.events.circulation.HoldReadyForPickup;
import org.shelfwise.events.circulation.ItemCheckedIn;
import org.shelfwise.events.circulation.ItemCheckedOut;
import org.shelfwise.events.circulation.ItemOverdue;
import org.shelfwise.events.circulation.ItemRenewed;
import org.shelfwise.events.circulation.LoanEvent;
import org.shelfwise.notifications.EventBatches;
import org.shelfwise.platform.events.EventEnvelope;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Objects;

/**
 * Turns circulation's events into the state notices are checked against and the notices they owe: a hold ready,
 * expired or cancelled by the library (not one the patron cancelled themself), a fine charged, a check-out receipt.
 * Each notice's key is its event's id, so a second delivery (or a second instance) owes nothing more; due-soon and
 * overdue notices come from {@link LoanReminders}.
 */
@Component
class CirculationEventsListener {

    private final EventBatches batches;
    private final CirculationState state;
    private final Notices notices;

    CirculationEventsListener(EventBatches batches, CirculationState state, Notices notices) {
        this.batches = batches;
        this.state = state;
        this.notices = notices;
    }

    @KafkaListener(topics = HoldEvent.TOPIC)
    void onHolds(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, envelope -> HoldEvent.TYPES.read(envelope).ifPresent(hold -> {
            String branch = hold instanceof HoldReadyForPickup ready ? ready.branch() : null;
            state.putHold(Objects.requireNonNull(hold.holdId(), "holdId"), Objects.requireNonNull(hold.patronId(), "patronId"),
                    Objects.requireNonNull(hold.bookId(), "bookId"), hold.status(), hold.copyId(), hold.itemBarcode(),
                    hold.pickupBy(), branch);
            NoticeKind kind = switch (hold) {
                case HoldReadyForPickup _ -> NoticeKind.HOLD_READY;
                case HoldExpired _ -> NoticeKind.HOLD_EXPIRED;
                // a patron who cancelled their own hold knows; the notice is for a cancellation by the library
                case HoldCancelled cancelled -> cancelled.byPatron() ? null : NoticeKind.HOLD_CANCELLED;
                default -> null;
            };
            if (kind != null) {
                notices.owe(Owed.aboutHold(kind, envelope.id(), hold.patronId(), hold.holdId(), hold.copyId()));
            }
        }));
    }

    @KafkaListener(topics = LoanEvent.TOPIC)
    void onLoans(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, envelope -> LoanEvent.TYPES.read(envelope).ifPresent(event -> {
            switch (event) {
                case ItemCheckedOut out -> {
                    state.lent(Objects.requireNonNull(out.loanId(), "loanId"),
                            Objects.requireNonNull(out.patronId(), "patronId"), out.copyId(), out.bookId(),
                            out.itemBarcode(), Objects.requireNonNull(out.dueDate(), "dueDate"), out.dueSoonDays(),
                            out.overdueNoticeDays());
                    // sent only to patrons who asked for receipts (checked when it is sent)
                    notices.oweReceipt(Owed.aboutLoan(NoticeKind.CHECKOUT_RECEIPT, key(NoticeKind.CHECKOUT_RECEIPT, envelope),
                            out.patronId(), out.loanId(), out.dueDate(), null));
                }
                case ItemRenewed renewed -> state.renewed(renewed.loanId(),
                        Objects.requireNonNull(renewed.dueDate(), "dueDate"), renewed.dueSoonDays(),
                        renewed.overdueNoticeDays());
                case ItemCheckedIn in -> state.returned(in.loanId(), in.returnedAt());
                // overdue notices follow the policy's own intervals (LoanReminders), not this one announcement
                case ItemOverdue _ -> {
                }
            }
        }));
    }

    @KafkaListener(topics = FineEvent.TOPIC)
    void onFines(List<ConsumerRecord<String, String>> records) {
        batches.apply(records, envelope -> FineEvent.TYPES.read(envelope).ifPresent(event -> {
            if (event instanceof FineCharged charged) {
                notices.owe(new Owed(NoticeKind.FINE_CHARGED, key(NoticeKind.FINE_CHARGED, envelope),
                        Objects.requireNonNull(charged.patronId(), "patronId"), null, charged.loanId(), null, null,
                        null, charged.amount()));
            }
        }));
    }

    private static String key(NoticeKind kind, EventEnvelope envelope) {
        return kind + ":" + envelope.id();
    }
}

package org.shelfwise.events.patrons;

import org.shelfwise.platform.events.EventTypes;
import org.shelfwise.platform.events.PublishedEvent;

import java.math.BigDecimal;

/** A patron category was created or changed, with its limits: the only event on the categories topic, keyed by code. */
public record CategoryChanged(String code, String name, Integer maxOpenLoans, Integer maxHolds,
                              BigDecimal maxFineBalance, Integer cardValidityMonths) implements PublishedEvent {

    public static final String TOPIC = "shelfwise.patrons.categories";

    /** How a consumer reads the topic. */
    public static final EventTypes<CategoryChanged> TYPES = EventTypes.of(CategoryChanged.class);
}

package org.shelfwise.platform.events;

/**
 * An event a service publishes, as a type its consumers share (each service's {@code *-events} module). Its type
 * name on the wire is its class's simple name, the one rule on both sides; its payload is its record components.
 * A newer schema may add fields, never rename or remove one, so an older consumer still reads a newer producer's
 * event: {@link EventTypes} ignores fields it does not know.
 */
public interface PublishedEvent {

    /** The version of this event's schema: 1 until a field is added. */
    default int schemaVersion() {
        return 1;
    }

    /** The type name this event travels under. */
    default String type() {
        return typeOf(getClass());
    }

    /** The type name events of this class travel under: the class's simple name, e.g. {@code ItemCheckedOut}. */
    static String typeOf(Class<? extends PublishedEvent> type) {
        return type.getSimpleName();
    }
}

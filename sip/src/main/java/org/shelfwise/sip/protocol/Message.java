package org.shelfwise.sip.protocol;

import java.util.List;
import java.util.Optional;

/**
 * One message as a terminal sent it: its two-digit command code, its fixed-length fields (the text between the
 * code and the first variable field, cut as {@link Command} defines) and its variable fields in the order sent.
 *
 * @param command  the two-digit code, e.g. {@code 11} for a check-out
 * @param fixed    the fixed-length fields, in the specification's order
 * @param fields   the variable fields, each a two-letter identifier and its value
 * @param sequence the {@code AY} sequence number, when the terminal uses error detection
 * @param checked  whether the message carried an {@code AZ} checksum (it was verified: it is parsed only then)
 */
public record Message(String command, List<String> fixed, List<Field> fields, Optional<Character> sequence,
                      boolean checked) {

    public Message {
        fixed = List.copyOf(fixed);
        fields = List.copyOf(fields);
    }

    /** A variable field: {@code AA}, {@code AB}, ... and what followed up to the delimiter. */
    public record Field(String id, String value) {
    }

    /** The first value of field {@code id}, if it was sent. */
    public Optional<String> field(String id) {
        return fields.stream().filter(field -> field.id().equals(id)).map(Field::value).findFirst();
    }

    /** The value of field {@code id}, empty when it was not sent. */
    public String text(String id) {
        return field(id).orElse("");
    }

    /** The fixed field at {@code index}. */
    public String fixed(int index) {
        return fixed.get(index);
    }
}

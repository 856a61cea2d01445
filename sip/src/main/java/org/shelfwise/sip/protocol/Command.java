package org.shelfwise.sip.protocol;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The requests a terminal sends (SIP 2.00), each with the lengths of its fixed fields in order and the code of
 * the response it gets. Dates are 18 characters ({@code YYYYMMDDZZZZHHMMSS}).
 */
public enum Command {
    LOGIN("93", "94", 1, 1),
    SC_STATUS("99", "98", 1, 3, 4),
    PATRON_STATUS("23", "24", 3, 18),
    PATRON_INFORMATION("63", "64", 3, 18, 10),
    CHECKOUT("11", "12", 1, 1, 18, 18),
    CHECKIN("09", "10", 1, 18, 18),
    RENEW("29", "30", 1, 1, 18, 18),
    RENEW_ALL("65", "66", 18),
    ITEM_INFORMATION("17", "18", 18),
    FEE_PAID("37", "38", 18, 2, 2, 3),
    END_PATRON_SESSION("35", "36", 18),
    REQUEST_ACS_RESEND("97", null);

    private static final Map<String, Command> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(Command::code, Function.identity()));

    private final String code;
    private final String response;
    private final List<Integer> fixedLengths;

    Command(String code, String response, Integer... fixedLengths) {
        this.code = code;
        this.response = response;
        this.fixedLengths = List.of(fixedLengths);
    }

    public static Optional<Command> of(String code) {
        return Optional.ofNullable(BY_CODE.get(code));
    }

    public String code() {
        return code;
    }

    /** The code of the response to it; none for a resend request, which is answered by the last response. */
    public String response() {
        return response;
    }

    public List<Integer> fixedLengths() {
        return fixedLengths;
    }

    /** How many characters its fixed fields take together. */
    public int fixedLength() {
        return fixedLengths.stream().mapToInt(Integer::intValue).sum();
    }
}

package org.shelfwise.sip.protocol;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** Messages as the SIP 2.00 specification gives them. */
class MessageParserTest {

    final MessageParser parser = new MessageParser(StandardCharsets.UTF_8);

    Parsed parse(String text) {
        return parser.parse(text.getBytes(StandardCharsets.UTF_8));
    }

    Message ok(String text) {
        assertThat(parse(text)).isInstanceOf(Parsed.Ok.class);
        return ((Parsed.Ok) parse(text)).message();
    }

    @Test
    void readsTheSpecificationsScStatusExampleWithItsErrorDetection() {
        var message = ok("990 402.00AY1AZFCB4");
        assertThat(message.command()).isEqualTo("99");
        assertThat(message.fixed()).containsExactly("0", " 40", "2.00");
        assertThat(message.sequence()).contains('1');
        assertThat(message.checked()).isTrue();
        assertThat(message.fields()).isEmpty();
    }

    @Test
    void readsALoginsFixedAndVariableFields() {
        var message = ok("9300CNLoginUserID|COLoginPassword|CPLocationCode|");
        assertThat(message.fixed()).containsExactly("0", "0");
        assertThat(message.text("CN")).isEqualTo("LoginUserID");
        assertThat(message.text("CO")).isEqualTo("LoginPassword");
        assertThat(message.text("CP")).isEqualTo("LocationCode");
        assertThat(message.sequence()).isEmpty();
        assertThat(message.checked()).isFalse();
    }

    @Test
    void readsACheckoutWithItsTwoDatesAndEmptyFields() {
        String text = "11YN19960212    10051419960212    100514AO|AA104000000105|AB000000000005792|AC|AY3AZ";
        var message = ok(text + Checksum.of(text.getBytes(StandardCharsets.US_ASCII)));
        assertThat(message.fixed()).containsExactly("Y", "N", "19960212    100514", "19960212    100514");
        assertThat(message.text("AA")).isEqualTo("104000000105");
        assertThat(message.text("AB")).isEqualTo("000000000005792");
        assertThat(message.field("AO")).contains("");
        assertThat(message.field("AD")).isEmpty();
        assertThat(message.sequence()).contains('3');
    }

    @Test
    void takesALastFieldWithoutItsDelimiter() {
        var message = ok("09N20240101    12000020240101    120000APMain desk|AOLIB|AB12345");
        assertThat(message.text("AB")).isEqualTo("12345");
        assertThat(message.text("AP")).isEqualTo("Main desk");
    }

    @Test
    void asksForAResendWhenTheChecksumDoesNotMatch() {
        assertThat(parse("990 402.00AY1AZFCB5")).isInstanceOf(Parsed.Garbled.class);
        // one character changed in transit
        assertThat(parse("990 402.01AY1AZFCB4")).isInstanceOf(Parsed.Garbled.class);
    }

    @Test
    void readsASequenceNumberSentWithoutAChecksum() {
        var message = ok("2300120240101    120000AOLIB|AA123|AY7");
        assertThat(message.sequence()).isEqualTo(Optional.of('7'));
        assertThat(message.checked()).isFalse();
        assertThat(message.text("AA")).isEqualTo("123");
    }

    @Test
    void readsAResendRequestWithAndWithoutItsChecksum() {
        assertThat(((Parsed.Ok) parse("97")).command()).isEqualTo(Command.REQUEST_ACS_RESEND);
        String text = "97AZ";
        assertThat(((Parsed.Ok) parse(text + Checksum.of(text.getBytes(StandardCharsets.US_ASCII)))).message()
                .checked()).isTrue();
    }

    @Test
    void namesAnUnknownCommand() {
        assertThat(parse("01N20240101    120000AOLIB|AL|AA1|AC|")).isEqualTo(new Parsed.Unknown("01"));
        assertThat(parse("XX")).isEqualTo(new Parsed.Unknown("XX"));
        assertThat(parse("")).isInstanceOf(Parsed.Unknown.class);
    }

    @Test
    void refusesAMessageShorterThanItsFixedFields() {
        var parsed = parse("11YN2024");
        assertThat(parsed).isInstanceOf(Parsed.Malformed.class);
        assertThat(((Parsed.Malformed) parsed).command()).isEqualTo(Command.CHECKOUT);
    }

    @Test
    void refusesAFieldWithoutAnIdentifier() {
        assertThat(parse("2300120240101    120000AOLIB|x|")).isInstanceOf(Parsed.Malformed.class);
    }

    @Test
    void keepsQuotesAndSlashesInValuesAsData() {
        var message = ok("17" + "20240101    120000" + "AOLIB|AB12/34'\"x|");
        assertThat(message.text("AB")).isEqualTo("12/34'\"x");
    }

    @Test
    void writesTheSequenceNumberAndChecksumAfterTheFields() {
        byte[] sent = Response.of("94").fixed("1").encode(StandardCharsets.UTF_8, true, Optional.of('4'));
        String text = new String(sent, StandardCharsets.UTF_8);
        assertThat(text).startsWith("941AY4AZ").hasSize(12);
        assertThat(Checksum.verifies("941AY4AZ".getBytes(StandardCharsets.US_ASCII), text.substring(8))).isTrue();
        // a delimiter or line end in a value cannot cut the message
        assertThat(Response.of("36").field("AF", "a|b\rc").toString()).isEqualTo("36AFa b c|");
    }
}

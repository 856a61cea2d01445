package org.shelfwise.gateway.requestid;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsAPlainIdTheCallerSent() {
        assertThat(RequestIds.acceptOrGenerate("4bf92f3577b34da6a3ce929d0e0e4736")).isEqualTo("4bf92f3577b34da6a3ce929d0e0e4736");
        assertThat(RequestIds.acceptOrGenerate("desk-7:checkout.42")).isEqualTo("desk-7:checkout.42");
    }

    @Test
    void generatesAnIdWhenTheCallerSentNone() {
        assertThat(RequestIds.acceptOrGenerate(null)).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.acceptOrGenerate("")).matches("[0-9a-f-]{36}");
    }

    @Test
    void replacesAnIdThatCouldForgeLogLinesOrFloodThem() {
        assertThat(RequestIds.acceptOrGenerate("abc\r\nINFO forged")).matches("[0-9a-f-]{36}");
        assertThat(RequestIds.acceptOrGenerate("x".repeat(129))).matches("[0-9a-f-]{36}");
    }
}

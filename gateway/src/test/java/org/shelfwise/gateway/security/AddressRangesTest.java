package org.shelfwise.gateway.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class AddressRangesTest {

    final AddressRanges ranges = new AddressRanges(List.of("127.0.0.1", " 10.0.0.0/8", "fd00::/8", ""));

    @Test
    void containsTheAddressesAndTheRangesGiven() {
        assertThat(ranges.contains("127.0.0.1")).isTrue();
        assertThat(ranges.contains("10.255.3.4")).isTrue();
        assertThat(ranges.contains("fd12:3456::1")).isTrue();
    }

    @Test
    void containsNothingElse() {
        assertThat(ranges.contains("127.0.0.2")).isFalse();
        assertThat(ranges.contains("11.0.0.1")).isFalse();
        assertThat(ranges.contains("fe80::1")).isFalse();
    }

    @Test
    void readsNoHostNames() {
        assertThat(ranges.contains("localhost")).isFalse();
        assertThatThrownBy(() -> new AddressRanges(List.of("proxy.internal"))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new AddressRanges(List.of("10.0.0.0/33"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void trustsNobodyWhenEmpty() {
        assertThat(new AddressRanges(List.of()).contains("127.0.0.1")).isFalse();
    }
}

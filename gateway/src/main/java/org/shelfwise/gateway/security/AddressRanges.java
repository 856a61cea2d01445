package org.shelfwise.gateway.security;

import java.net.InetAddress;
import java.util.List;

import io.netty.util.NetUtil;

/**
 * Addresses and address ranges ({@code 10.0.0.5}, {@code 10.0.0.0/8}, {@code fd00::/8}), to tell whether an address
 * is one of them. Only address literals are read, never host names: nothing here looks anything up in DNS (Spring
 * Security's {@code IpAddressMatcher} does the same, but is servlet-side).
 */
final class AddressRanges {

    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            for (int bit = 0; bit < prefix; bit++) {
                int mask = 0x80 >> (bit % 8);
                if ((address[bit / 8] & mask) != (network[bit / 8] & mask)) {
                    return false;
                }
            }
            return true;
        }
    }

    private final List<Range> ranges;

    /** Each entry an address, or an address and a prefix length after a {@code /}. */
    AddressRanges(List<String> entries) {
        this.ranges = entries.stream().map(String::strip).filter(entry -> !entry.isEmpty()).map(AddressRanges::range)
                .toList();
    }

    /** Whether this address literal (an IPv4 or IPv6 address, as in {@code X-Forwarded-For}) is in one of them. */
    boolean contains(String address) {
        byte[] bytes = NetUtil.createByteArrayFromIpAddressString(address.strip());
        return bytes != null && ranges.stream().anyMatch(range -> range.contains(bytes));
    }

    boolean contains(InetAddress address) {
        return ranges.stream().anyMatch(range -> range.contains(address.getAddress()));
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        byte[] network = NetUtil.createByteArrayFromIpAddressString(address);
        if (network == null) {
            throw new IllegalArgumentException("not an address or address range: " + entry);
        }
        int prefix = slash < 0 ? network.length * 8 : Integer.parseInt(entry.substring(slash + 1));
        if (prefix < 0 || prefix > network.length * 8) {
            throw new IllegalArgumentException("not a prefix length for " + address + ": " + prefix);
        }
        return new Range(network, prefix);
    }
}

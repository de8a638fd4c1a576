package dk.samvirke.harvest;

import java.net.InetAddress;
import java.util.List;

/**
 * Which IP addresses are on the public internet. Everything else — loopback, private, link-local,
 * shared (CGNAT), documentation, benchmarking, multicast, reserved, IPv4 embedded in IPv6, NAT64 —
 * could reach something inside the deployment, so a harvest must never connect there.
 */
final class AddressRanges {

    private static final List<Cidr> NON_PUBLIC_V4 = List.of(
            cidr("0.0.0.0", 8),         // "this network", includes the unspecified address
            cidr("10.0.0.0", 8),        // private
            cidr("100.64.0.0", 10),     // shared address space (CGNAT)
            cidr("127.0.0.0", 8),       // loopback
            cidr("169.254.0.0", 16),    // link-local, cloud metadata services
            cidr("172.16.0.0", 12),     // private
            cidr("192.0.0.0", 24),      // IETF protocol assignments
            cidr("192.0.2.0", 24),      // documentation TEST-NET-1
            cidr("192.88.99.0", 24),    // 6to4 relay anycast
            cidr("192.168.0.0", 16),    // private
            cidr("198.18.0.0", 15),     // benchmarking
            cidr("198.51.100.0", 24),   // documentation TEST-NET-2
            cidr("203.0.113.0", 24),    // documentation TEST-NET-3
            cidr("224.0.0.0", 4),       // multicast
            cidr("240.0.0.0", 4));      // reserved, includes broadcast

    /** Only global unicast (2000::/3) is public, less these special-purpose blocks inside it. */
    private static final Cidr GLOBAL_UNICAST_V6 = cidr("2000::", 3);
    private static final List<Cidr> NON_PUBLIC_V6 = List.of(
            cidr("2001::", 23),         // IETF protocol assignments: Teredo, benchmarking, ORCHID
            cidr("2001:db8::", 32),     // documentation
            cidr("2002::", 16),         // 6to4: embeds an IPv4 address
            cidr("3fff::", 20));        // documentation

    private AddressRanges() {
    }

    static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 4) {
            return NON_PUBLIC_V4.stream().noneMatch(c -> c.contains(bytes));
        }
        // IPv4-mapped, IPv4-compatible, NAT64 (64:ff9b::/96), ULA, link-local, multicast and :: all fall outside 2000::/3
        return GLOBAL_UNICAST_V6.contains(bytes) && NON_PUBLIC_V6.stream().noneMatch(c -> c.contains(bytes));
    }

    private static Cidr cidr(String network, int prefix) {
        try {
            return new Cidr(InetAddress.getByName(network).getAddress(), prefix);
        } catch (java.net.UnknownHostException e) {
            throw new IllegalArgumentException(network, e);
        }
    }

    private record Cidr(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int full = prefix / 8;
            for (int i = 0; i < full; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            if (rest == 0) {
                return true;
            }
            int mask = (0xff << (8 - rest)) & 0xff;
            return (address[full] & mask) == (network[full] & mask);
        }
    }
}

package dk.samvirke.harvest;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * IPv4 addresses in every spelling that C's {@code inet_aton} (and so curl, git and the system
 * resolver) accepts: {@code 2130706433}, {@code 0x7f000001}, {@code 0177.0.0.1}, {@code 127.1}.
 * A host whose last label is a number is an address, never a name, as browsers decide (WHATWG URL).
 */
final class NumericHost {

    private static final Pattern NUMBER = Pattern.compile("0x[0-9a-f]*|[0-9]+");

    private NumericHost() {
    }

    /** True when the host is meant as a number (and must then parse as one). */
    static boolean looksNumeric(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String last = h.substring(h.lastIndexOf('.') + 1);
        return NUMBER.matcher(last).matches();
    }

    /** The four bytes, or empty when the spelling is not a valid inet_aton number. */
    static Optional<byte[]> parse(String host) {
        String h = host.toLowerCase(Locale.ROOT);
        if (h.endsWith(".")) {
            h = h.substring(0, h.length() - 1);
        }
        String[] parts = h.split("\\.", -1);
        if (parts.length > 4) {
            return Optional.empty();
        }
        long[] values = new long[parts.length];
        for (int i = 0; i < parts.length; i++) {
            long value = part(parts[i]);
            if (value < 0) {
                return Optional.empty();
            }
            values[i] = value;
        }
        // the last part fills all remaining bytes, as inet_aton does: 127.1 is 127.0.0.1
        long address = 0;
        for (int i = 0; i < values.length - 1; i++) {
            if (values[i] > 0xff) {
                return Optional.empty();
            }
            address |= values[i] << (24 - 8 * i);
        }
        long last = values[values.length - 1];
        int lastBits = 32 - 8 * (values.length - 1);
        if (last >= (1L << lastBits)) {
            return Optional.empty();
        }
        address |= last;
        return Optional.of(new byte[] {(byte) (address >>> 24), (byte) (address >>> 16), (byte) (address >>> 8),
                (byte) address});
    }

    /** One part's value, or -1 when it is not a number in decimal, octal (leading 0) or hex (0x). */
    private static long part(String s) {
        if (s.isEmpty() || s.length() > 12) {
            return -1;
        }
        int radix = 10;
        String digits = s;
        if (s.startsWith("0x")) {
            radix = 16;
            digits = s.substring(2);
            if (digits.isEmpty()) {
                return 0; // inet_aton reads a bare "0x" as zero
            }
        } else if (s.length() > 1 && s.startsWith("0")) {
            radix = 8;
            digits = s.substring(1);
        }
        for (char c : digits.toCharArray()) {
            if (Character.digit(c, radix) < 0) {
                return -1;
            }
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}

package org.familycontext.synthetic.region;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent, reproducible seeds from a region seed and the coordinates of the thing being
 * generated (council, family index...), so any family can be generated on its own.
 */
public final class Seeds {

    private Seeds() {
    }

    /** A well-mixed 64-bit value for the parts, in order (SplitMix64's finaliser, chained). */
    public static long of(long... parts) {
        long h = 0x9E3779B97F4A7C15L;
        for (long part : parts) {
            h = mix(h ^ mix(part + 0x632BE59BD9B4E019L));
        }
        return h;
    }

    /** A stable hash of a name (FNV-1a over its UTF-8 bytes); String.hashCode is too weak to seed from. */
    public static long ofName(String name) {
        long h = 0xcbf29ce484222325L;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * 0x100000001b3L;
        }
        return h;
    }

    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

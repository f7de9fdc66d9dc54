package org.familycontext.synthetic.region;

/**
 * A bijection on 0..modulus-1 ({@code x * multiplier + offset mod modulus}, the multiplier coprime
 * with the modulus). It turns dense serial numbers into distinct, unordered-looking identifiers
 * without remembering which have been used.
 *
 * @param modulus    the size of the range, at most 3,000,000,000 so products cannot overflow
 * @param multiplier below the modulus and coprime with it
 * @param offset     any value; shifts the whole range
 */
public record Permutation(long modulus, long multiplier, long offset) {

    public Permutation {
        if (modulus < 1 || modulus > 3_000_000_000L || multiplier < 1 || multiplier >= modulus
                || gcd(multiplier, modulus) != 1) {
            throw new IllegalArgumentException("need 0 < multiplier < modulus <= 3e9, coprime");
        }
        offset = Math.floorMod(offset, modulus);
    }

    /** The image of x, which must be in 0..modulus-1. */
    public long apply(long x) {
        if (x < 0 || x >= modulus) {
            throw new IllegalArgumentException("out of range: " + x);
        }
        return (x * multiplier + offset) % modulus;
    }

    private static long gcd(long a, long b) {
        return b == 0 ? Math.abs(a) : gcd(b, a % b);
    }
}

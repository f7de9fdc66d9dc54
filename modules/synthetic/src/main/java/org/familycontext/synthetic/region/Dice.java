package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;

/** The few kinds of random choice the generator makes, always from a caller's random source. */
public final class Dice {

    private Dice() {
    }

    /** True with the given probability. */
    public static boolean chance(SplittableRandom random, double probability) {
        return random.nextDouble() < probability;
    }

    /** One element, uniformly. */
    public static <T> T pick(SplittableRandom random, List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    /** An index chosen by weight. */
    public static int weighted(SplittableRandom random, int... weights) {
        int total = 0;
        for (int w : weights) {
            total += w;
        }
        int roll = random.nextInt(total);
        for (int i = 0; i < weights.length; i++) {
            roll -= weights[i];
            if (roll < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    /** A whole number in lo..hi inclusive. */
    public static int between(SplittableRandom random, int lo, int hi) {
        return hi <= lo ? lo : lo + random.nextInt(hi - lo + 1);
    }

    /** A date in first..last inclusive (first when the range is empty). */
    public static LocalDate between(SplittableRandom random, LocalDate first, LocalDate last) {
        long days = last.toEpochDay() - first.toEpochDay();
        return days <= 0 ? first : first.plusDays(random.nextLong(days + 1));
    }
}

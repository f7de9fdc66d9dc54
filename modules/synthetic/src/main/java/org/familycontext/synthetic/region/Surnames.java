package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.SplittableRandom;

/**
 * The surname customs of couples and their children: taking a spouse's name, double-barrelling,
 * keeping one's own, going back to a birth name after a separation.
 */
final class Surnames {

    private Surnames() {
    }

    /** Settles a couple's surnames (he is the first, she the second) and returns their children's. */
    static String forCouple(FamilyBuilder family, Person mother, Person father) {
        SplittableRandom random = family.random();
        String his = father.familyName();
        String hers = mother.familyName();
        int roll = random.nextInt(100);
        if (Dice.chance(random, 0.6)) {
            if (roll < 80) {
                mother.changeFamilyName(his, null);
            } else if (roll < 88 && canJoin(hers, his)) {
                mother.changeFamilyName(hers + "-" + his, null);
                father.changeFamilyName(hers + "-" + his, null);
            }
            return father.familyName();
        }
        return roll < 70 ? his : roll < 85 || !canJoin(hers, his) ? hers : hers + "-" + his;
    }

    /**
     * Settles the surnames of a mother who separated from the children's father on a date and
     * returns the children's: some took his name at marriage and went back to their own after.
     */
    static String forSeparated(FamilyBuilder family, Person mother, Person father, LocalDate separated) {
        SplittableRandom random = family.random();
        String birthName = mother.familyName();
        if (Dice.chance(random, 0.45)) {
            mother.changeFamilyName(father.familyName(), null);
            if (random.nextBoolean()) {
                mother.changeFamilyName(birthName, separated);
            }
        }
        return Dice.chance(random, 0.65) ? father.familyName() : birthName;
    }

    /** A new surname on marrying or re-partnering: the partner's, or double-barrelled. */
    static String taken(FamilyBuilder family, String own, String partners) {
        return Dice.chance(family.random(), 0.85) || !canJoin(own, partners) ? partners : own + "-" + partners;
    }

    private static boolean canJoin(String first, String second) {
        return !first.equals(second) && first.indexOf('-') < 0 && second.indexOf('-') < 0
                && first.indexOf(' ') < 0 && second.indexOf(' ') < 0;
    }
}

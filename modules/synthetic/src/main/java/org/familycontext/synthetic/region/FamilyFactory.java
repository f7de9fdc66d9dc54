package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;

/**
 * Makes the families of one council. Family n depends only on the region plan, the council and n
 * (its random source is seeded from those) plus the serial number of its first person, so families
 * can be made one at a time, written and forgotten.
 */
public final class FamilyFactory {

    /** Share of families that moved to another council of the region. */
    static final double MOVED_AWAY = 0.05;
    private final RegionPlan plan;
    private final int councilIndex;
    private final long councilSeed;

    public FamilyFactory(RegionPlan plan, int councilIndex) {
        this.plan = plan;
        this.councilIndex = councilIndex;
        this.councilSeed = Seeds.ofName(plan.council(councilIndex).council().value());
    }

    /** Family number index, whose people are numbered from firstSerial. */
    public Family family(int index, long firstSerial) {
        SplittableRandom random = new SplittableRandom(Seeds.of(plan.seed(), councilSeed, index));
        FamilyBuilder b = new FamilyBuilder(plan, councilIndex, index, firstSerial, random);
        switch (Dice.weighted(random, 36, 18, 10, 3, 6, 60, 67)) {
            case 0 -> NuclearFamilies.couple(b);
            case 1 -> NuclearFamilies.singleParent(b);
            case 2 -> BlendedFamilies.stepFamily(b);
            case 3 -> ExtendedFamilies.kinshipCare(b);
            case 4 -> ExtendedFamilies.threeGenerations(b);
            case 5 -> AdultHouseholds.couple(b);
            default -> AdultHouseholds.single(b);
        }
        if (Dice.chance(random, 0.18)) {
            moveHouse(b);
        }
        int movedTo = plan.councils().size() > 1 && Dice.chance(random, MOVED_AWAY) ? otherCouncil(random) : -1;
        LocalDate movedOn = movedTo < 0 ? null : moveAway(b, movedTo);
        double risk = new double[] {0.6, 1.8, 5.0}[Dice.weighted(random, 75, 18, 7)];
        return b.build(movedOn == null ? -1 : movedTo, movedOn, risk);
    }

    private int otherCouncil(SplittableRandom random) {
        int other = random.nextInt(plan.councils().size() - 1);
        return other >= councilIndex ? other + 1 : other;
    }

    /** The main household moved to another address in the same council. */
    private static void moveHouse(FamilyBuilder b) {
        Household home = b.mainHousehold();
        LocalDate earliest = home.from().plusDays(180);
        if (earliest.isBefore(b.asOf().minusDays(30))) {
            b.relocate(home, Dice.between(b.random(), earliest, b.asOf().minusDays(30)), b.newDwelling());
        }
    }

    /** The main household moved council; the mother sometimes changed her (and the children's) surname. */
    private static LocalDate moveAway(FamilyBuilder b, int council) {
        SplittableRandom r = b.random();
        Household home = b.mainHousehold();
        LocalDate earliest = Births.later(home.from().plusDays(180), b.asOf().minusYears(4));
        if (!earliest.isBefore(b.asOf().minusDays(14))) {
            return null;
        }
        LocalDate on = Dice.between(r, earliest, b.asOf().minusDays(14));
        Household moved = b.relocate(home, on, b.newDwellingIn(council));
        if (Dice.chance(r, 0.35)) {
            renameAfterMove(b, moved, on);
        }
        return on;
    }

    /** Sometimes the woman of the moved household changed her surname, and her young children with her. */
    private static void renameAfterMove(FamilyBuilder b, Household moved, LocalDate on) {
        Person woman = moved.members().stream()
                .filter(p -> p.gender() == Gender.FEMALE && p.ageOn(on) >= 18).findFirst().orElse(null);
        String name = woman == null ? null : nameAfterMove(b, woman, moved);
        if (name == null || name.equals(woman.familyName())) {
            return;
        }
        String old = woman.familyName();
        woman.changeFamilyName(name, on);
        boolean childrenFollow = Dice.chance(b.random(), 0.4);
        for (Person child : moved.members()) {
            if (childrenFollow && child.ageOn(on) < 16 && child.familyName().equals(old)) {
                child.changeFamilyName(name, on);
            }
        }
    }

    /** Moving with her partner, she took his name; moving without, she went back to her old one. */
    private static String nameAfterMove(FamilyBuilder b, Person woman, Household moved) {
        Person partner = b.partnerOf(woman);
        return partner != null && moved.members().contains(partner)
                ? Surnames.taken(b, woman.familyName(), partner.familyName()) : woman.formerFamilyName();
    }
}

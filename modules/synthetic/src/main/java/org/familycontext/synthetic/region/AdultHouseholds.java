package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;
import org.familycontext.synthetic.codes.Kinship;

/** Households without children: couples (some with grown-up children elsewhere) and people alone. */
final class AdultHouseholds {

    private AdultHouseholds() {
    }

    /** A couple; older couples may have grown-up children who have left home. */
    static void couple(FamilyBuilder b) {
        SplittableRandom r = b.random();
        LocalDate asOf = b.asOf();
        boolean sameSex = Dice.chance(r, 0.05);
        Gender first = r.nextBoolean() ? Gender.FEMALE : Gender.MALE;
        Person one = b.person(first, Births.aged(r, asOf, 20, 88), b.surname());
        Gender second = sameSex ? first : first == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
        Person two = b.person(second, Births.partnerOf(r, one.dateOfBirth(), asOf), b.surname());
        b.relate(one, Kinship.PARTNER, two);
        Person wife = first == Gender.FEMALE ? one : two;
        if (!sameSex && Dice.chance(r, 0.55)) {
            Surnames.forCouple(b, wife, wife == one ? two : one);
        }
        LocalDate together = NuclearFamilies.adulthood(one, two);
        LocalDate formed = Births.during(r, together, together.plusYears(15), asOf.minusDays(30));
        int youngerAge = Math.min(one.ageOn(asOf), two.ageOn(asOf));
        if (!sameSex && youngerAge >= 42 && Dice.chance(r, 0.4)) {
            grownUpChildren(b, wife, wife == one ? two : one, formed);
        } else {
            b.household(List.of(one, two), formed, b.newDwelling());
        }
    }

    private static void grownUpChildren(FamilyBuilder b, Person mother, Person father, LocalDate formed) {
        SplittableRandom r = b.random();
        LocalDate first = Births.later(formed.plusDays(300), mother.dateOfBirth().plusYears(20));
        int youngest = Math.max(19, mother.ageOn(b.asOf()) - 40);
        int eldest = Math.max(youngest, b.asOf().getYear() - first.getYear());
        List<LocalDate> births = Births.siblings(r, b.asOf(), Dice.between(r, 1, 3), youngest, eldest);
        List<Person> children = NuclearFamilies.children(b, Births.fertile(births, mother.dateOfBirth()),
                father.familyName());
        NuclearFamilies.parents(b, List.of(mother, father), children);
        Household home = b.household(NuclearFamilies.together(List.of(mother, father), children),
                Births.earlier(formed, births.get(0)), b.newDwelling());
        List<Person> adults = children.stream().filter(c -> c.ageOn(b.asOf()) >= 19).toList();
        NuclearFamilies.leaveHome(b, home, adults);
    }

    /** Someone living alone, of any adult age; some older women still carry a married name. */
    static void single(FamilyBuilder b) {
        SplittableRandom r = b.random();
        int band = Dice.weighted(r, 30, 25, 22, 23);
        int[][] ages = {{18, 29}, {30, 49}, {50, 69}, {70, 97}};
        int roll = r.nextInt(100);
        Gender gender = roll < 52 ? Gender.FEMALE : roll < 99 ? Gender.MALE : Gender.OTHER;
        Person person = b.person(gender, Births.aged(r, b.asOf(), ages[band][0], ages[band][1]), b.surname());
        if (gender == Gender.FEMALE && band >= 1 && Dice.chance(r, 0.35)) {
            person.changeFamilyName(b.surname(), null);
        }
        LocalDate adult = person.dateOfBirth().plusYears(18);
        b.household(List.of(person), Births.during(r, adult, adult.plusYears(40), b.asOf().minusDays(10)),
                b.newDwelling());
    }
}

package org.familycontext.synthetic.region;

import static org.familycontext.synthetic.region.NuclearFamilies.children;
import static org.familycontext.synthetic.region.NuclearFamilies.parents;
import static org.familycontext.synthetic.region.NuclearFamilies.together;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;
import org.familycontext.synthetic.codes.Kinship;

/** Grandparents bringing up grandchildren (kinship care), and three generations under one roof. */
final class ExtendedFamilies {

    private ExtendedFamilies() {
    }

    /** The children now live with their grandparents; their parent lives elsewhere. */
    static void kinshipCare(FamilyBuilder b) {
        SplittableRandom r = b.random();
        List<LocalDate> births = Births.siblings(r, b.asOf(), Dice.weighted(r, 55, 35, 10) + 1, 1, 17);
        boolean mother = Dice.chance(r, 0.75);
        String familyName = b.surname();
        Person parent = b.person(mother ? Gender.FEMALE : Gender.MALE,
                Births.parentOf(r, births.get(0), 18, 30), familyName);
        List<Person> grandparents = grandparents(b, parent, familyName);
        List<Person> children = children(b, Births.fertile(births, parent.dateOfBirth()),
                Dice.chance(r, 0.6) ? familyName : b.surname());
        parents(b, List.of(parent), children);
        grandchildren(b, grandparents, children);
        placeWithGrandparents(b, parent, grandparents, children);
    }

    /** The children lived with their parent until placed with the grandparents, in the grandparents' home. */
    private static void placeWithGrandparents(FamilyBuilder b, Person parent, List<Person> grandparents,
            List<Person> children) {
        SplittableRandom r = b.random();
        LocalDate youngest = children.get(children.size() - 1).dateOfBirth();
        LocalDate placed = Births.during(r, youngest.plusDays(30), b.asOf().minusDays(30), b.asOf());
        LocalDate grandparentsTogether = grandparents.get(0).dateOfBirth().plusYears(25);
        Household theirs = b.household(grandparents, Births.later(parent.dateOfBirth(), grandparentsTogether),
                b.newDwelling());
        Household withParent = b.household(together(List.of(parent), children),
                Births.earlier(children.get(0).dateOfBirth(), placed.minusDays(30)), b.newDwelling());
        withParent.end(placed);
        theirs.end(placed);
        b.household(List.of(parent), placed, Dice.chance(r, 0.2) ? withParent.dwelling() : b.newDwelling());
        b.household(together(grandparents, children), placed, theirs.dwelling());
    }

    /** A couple (or lone parent), their children and one or two grandparents, living together. */
    static void threeGenerations(FamilyBuilder b) {
        SplittableRandom r = b.random();
        List<LocalDate> births = Births.siblings(r, b.asOf(), NuclearFamilies.childCount(r), 0, 17);
        Person mum = b.person(Gender.FEMALE, Births.parentOf(r, births.get(0), 18, 40), b.surname());
        List<Person> adults = new ArrayList<>(List.of(mum));
        String childrenName = mum.familyName();
        if (Dice.chance(r, 0.75)) {
            Person dad = b.person(Gender.MALE, Births.partnerOf(r, mum.dateOfBirth(), births.get(0)), b.surname());
            childrenName = Surnames.forCouple(b, mum, dad);
            b.relate(mum, Kinship.PARTNER, dad);
            adults.add(dad);
        }
        List<Person> children = children(b, Births.fertile(births, mum.dateOfBirth()), childrenName);
        parents(b, adults, children);
        Person theirChild = adults.size() == 1 || Dice.chance(r, 0.6) ? mum : adults.get(1);
        List<Person> grandparents = grandparents(b, theirChild, birthName(theirChild));
        grandchildren(b, grandparents, children);
        moveIn(b, grandparents, together(adults, children), births.get(0));
    }

    /** The surname someone was born with, as far as the family's history shows. */
    private static String birthName(Person person) {
        return person.gender() == Gender.FEMALE && person.formerFamilyName() != null
                ? person.formerFamilyName() : person.familyName();
    }

    private static void moveIn(FamilyBuilder b, List<Person> grandparents, List<Person> family, LocalDate eldest) {
        SplittableRandom r = b.random();
        LocalDate formed = eldest.minusDays(r.nextInt(1000));
        List<Person> everyone = together(family, grandparents);
        if (Dice.chance(r, 0.5)) {
            b.household(everyone, formed, b.newDwelling());
            return;
        }
        LocalDate merged = Births.during(r, formed.plusDays(60), b.asOf().minusDays(30), b.asOf());
        Household elders = b.household(grandparents, formed.minusYears(Dice.between(r, 2, 20)), b.newDwelling());
        Household young = b.household(family, formed, b.newDwelling());
        elders.end(merged);
        young.end(merged);
        b.household(everyone, merged, Dice.chance(r, 0.5) ? elders.dwelling() : young.dwelling());
    }

    /** A grandmother, and often a grandfather, of the given parent. */
    private static List<Person> grandparents(FamilyBuilder b, Person parent, String familyName) {
        SplittableRandom r = b.random();
        Person grandmother = b.person(Gender.FEMALE, Births.parentOf(r, parent.dateOfBirth(), 18, 34), familyName);
        List<Person> grandparents = new ArrayList<>(List.of(grandmother));
        if (Dice.chance(r, 0.55)) {
            LocalDate born = Births.partnerOf(r, grandmother.dateOfBirth(), parent.dateOfBirth());
            Person grandfather = b.person(Gender.MALE, born, familyName);
            b.relate(grandmother, Kinship.PARTNER, grandfather);
            grandparents.add(grandfather);
        }
        parents(b, grandparents, List.of(parent));
        return grandparents;
    }

    private static void grandchildren(FamilyBuilder b, List<Person> grandparents, List<Person> children) {
        for (Person grandparent : grandparents) {
            for (Person child : children) {
                b.relate(grandparent, Kinship.GRANDPARENT, child);
            }
        }
    }
}

package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;
import org.familycontext.synthetic.codes.Kinship;

/** Couples with children, and single parents (with or without the other parent still around). */
final class NuclearFamilies {

    private NuclearFamilies() {
    }

    /** Two parents and their children; grown-up children may have left home. */
    static void couple(FamilyBuilder b) {
        SplittableRandom r = b.random();
        List<LocalDate> births = Births.siblings(r, b.asOf(), childCount(r), 0, Dice.chance(r, 0.3) ? 26 : 17);
        LocalDate eldest = births.get(0);
        Person mum = b.person(Gender.FEMALE, Births.parentOf(r, eldest, 18, 40), b.surname());
        Person dad = b.person(Gender.MALE, Births.partnerOf(r, mum.dateOfBirth(), eldest), b.surname());
        List<Person> children = children(b, Births.fertile(births, mum.dateOfBirth()), Surnames.forCouple(b, mum, dad));
        b.relate(mum, Kinship.PARTNER, dad);
        parents(b, List.of(mum, dad), children);
        LocalDate formed = Births.later(eldest.minusDays(r.nextInt(3 * 365)), adulthood(mum, dad));
        Household home = b.household(together(List.of(mum, dad), children), formed, b.newDwelling());
        leaveHome(b, home, children);
    }

    /** One parent bringing up the children; often the other parent lives elsewhere nearby. */
    static void singleParent(FamilyBuilder b) {
        SplittableRandom r = b.random();
        List<LocalDate> births = Births.siblings(r, b.asOf(), Dice.weighted(r, 45, 35, 15, 5) + 1, 0, 17);
        LocalDate eldest = births.get(0);
        boolean mother = Dice.chance(r, 0.88);
        Person parent = b.person(mother ? Gender.FEMALE : Gender.MALE, Births.parentOf(r, eldest, 18, 38),
                b.surname());
        births = Births.fertile(births, parent.dateOfBirth());
        if (Dice.chance(r, 0.65)) {
            withOtherParent(b, parent, births);
            return;
        }
        List<Person> children = children(b, births, parent.familyName());
        parents(b, List.of(parent), children);
        b.household(together(List.of(parent), children), eldest.minusDays(r.nextInt(200)), b.newDwelling());
    }

    private static void withOtherParent(FamilyBuilder b, Person parent, List<LocalDate> births) {
        SplittableRandom r = b.random();
        LocalDate eldest = births.get(0);
        LocalDate youngest = births.get(births.size() - 1);
        Gender otherGender = parent.gender() == Gender.FEMALE ? Gender.MALE : Gender.FEMALE;
        Person other = b.person(otherGender, Births.partnerOf(r, parent.dateOfBirth(), eldest), b.surname());
        LocalDate separated = Births.during(r, youngest.plusDays(60), b.asOf().minusDays(120), b.asOf());
        String childrenName = parent.gender() == Gender.FEMALE
                ? Surnames.forSeparated(b, parent, other, separated) : parent.familyName();
        List<Person> children = children(b, births, childrenName);
        parents(b, List.of(parent, other), children);
        b.relate(parent, Kinship.OTHER, other);
        LocalDate formed = Births.earlier(eldest.minusDays(r.nextInt(2 * 365)), separated.minusDays(60));
        Household home = b.household(together(List.of(parent, other), children), formed, b.newDwelling());
        b.separate(home, separated, List.of(other), b.newDwelling(),
                Dice.chance(r, 0.6) ? home.dwelling() : b.newDwelling());
    }

    /** The day the younger of two people turned 18. */
    static LocalDate adulthood(Person a, Person b) {
        return Births.later(a.dateOfBirth(), b.dateOfBirth()).plusYears(18);
    }

    /** 1 to 5 children, two most often. */
    static int childCount(SplittableRandom random) {
        return Dice.weighted(random, 35, 40, 17, 6, 2) + 1;
    }

    static List<Person> children(FamilyBuilder b, List<LocalDate> births, String familyName) {
        List<Person> children = new ArrayList<>();
        for (LocalDate birth : births) {
            children.add(b.child(birth, familyName));
        }
        b.siblings(children);
        return children;
    }

    static void parents(FamilyBuilder b, List<Person> parents, List<Person> children) {
        for (Person parent : parents) {
            for (Person child : children) {
                b.relate(parent, Kinship.PARENT, child);
            }
        }
    }

    static List<Person> together(List<Person> adults, List<Person> children) {
        List<Person> all = new ArrayList<>(adults);
        all.addAll(children);
        return all;
    }

    /** Children over 18 may have moved out, each into a home of their own. */
    static void leaveHome(FamilyBuilder b, Household home, List<Person> children) {
        SplittableRandom r = b.random();
        Household current = home;
        for (Person child : children) {
            int age = child.ageOn(b.asOf());
            if (age >= 19 && Dice.chance(r, 0.55)) {
                LocalDate wanted = child.dateOfBirth().plusYears(Dice.between(r, 18, Math.min(age, 24)));
                LocalDate earliest = Births.later(wanted, current.from().plusDays(30));
                LocalDate left = Births.during(r, earliest, earliest.plusDays(200), b.asOf());
                current = b.separate(current, left, List.of(child), b.newDwelling(), current.dwelling());
            }
        }
    }
}

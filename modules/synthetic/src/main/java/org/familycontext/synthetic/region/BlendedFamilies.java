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

/** Step-families: a mother, her children, their father elsewhere, and a new partner with his own. */
final class BlendedFamilies {

    private BlendedFamilies() {
    }

    static void stepFamily(FamilyBuilder b) {
        SplittableRandom r = b.random();
        LocalDate asOf = b.asOf();
        List<LocalDate> births = Births.siblings(r, asOf, Dice.weighted(r, 45, 40, 15) + 1, 2, 17);
        Person mum = b.person(Gender.FEMALE, Births.parentOf(r, births.get(0), 18, 36), b.surname());
        LocalDate youngest = births.get(births.size() - 1);
        LocalDate separated = Births.during(r, youngest.plusDays(180), asOf.minusDays(400), asOf);
        LocalDate cohabited = Births.during(r, separated.plusDays(90), asOf.minusDays(60), asOf);
        Household afterSeparation = separateFromFather(b, mum, Births.fertile(births, mum.dateOfBirth()), separated);
        List<Person> hers = afterSeparation.members().stream().filter(p -> p != mum).toList();
        Partnered partnered = newPartner(b, mum, hers, cohabited);
        LocalDate partnerAdult = partnered.partner().dateOfBirth().plusYears(18);
        Household before = b.household(together(List.of(partnered.partner()), partnered.his()),
                Births.later(separated.minusDays(r.nextInt(3000)), partnerAdult), b.newDwelling());
        afterSeparation.end(cohabited);
        before.end(cohabited);
        b.household(partnered.household(), cohabited, Dice.chance(r, 0.4) ? before.dwelling() : b.newDwelling());
    }

    /** Mum, the children and their father until they separated; returns mum and children's household after. */
    private static Household separateFromFather(FamilyBuilder b, Person mum, List<LocalDate> births,
            LocalDate separated) {
        SplittableRandom r = b.random();
        Person father = b.person(Gender.MALE, Births.partnerOf(r, mum.dateOfBirth(), births.get(0)), b.surname());
        List<Person> hers = children(b, births, Surnames.forSeparated(b, mum, father, separated));
        parents(b, List.of(mum, father), hers);
        b.relate(mum, Kinship.OTHER, father);
        LocalDate formed = Births.earlier(births.get(0).minusDays(r.nextInt(700)), separated.minusDays(60));
        Household first = b.household(together(List.of(mum, father), hers), formed, b.newDwelling());
        return b.separate(first, separated, List.of(father), b.newDwelling(), first.dwelling());
    }

    /** The new partner, his children from before, and everyone who now lives together. */
    private record Partnered(Person partner, List<Person> his, List<Person> household) {
    }

    /** The new partner, his children (sometimes) and their joint child (sometimes), related to all. */
    private static Partnered newPartner(FamilyBuilder b, Person mum, List<Person> hers, LocalDate cohabited) {
        SplittableRandom r = b.random();
        Person partner = b.person(Gender.MALE, Births.partnerOf(r, mum.dateOfBirth(), cohabited), b.surname());
        List<Person> his = Dice.chance(r, 0.4) ? childrenOf(b, partner) : List.of();
        b.relate(mum, Kinship.PARTNER, partner);
        if (Dice.chance(r, 0.35)) {
            mum.changeFamilyName(Surnames.taken(b, mum.familyName(), partner.familyName()),
                    Births.during(r, cohabited, b.asOf(), b.asOf()));
        }
        List<Person> household = together(List.of(mum, partner), hers);
        household.addAll(his);
        householdMembers(b, List.of(partner), hers);
        householdMembers(b, List.of(mum), his);
        householdMembers(b, hers, his);
        if (cohabited.isBefore(b.asOf().minusDays(300)) && Dice.chance(r, 0.45)) {
            household.add(jointChild(b, mum, partner, cohabited, hers, his));
        }
        return new Partnered(partner, his, household);
    }

    /** One or two children the partner had before, born when he was at least 20. */
    private static List<Person> childrenOf(FamilyBuilder b, Person father) {
        LocalDate earliest = father.dateOfBirth().plusYears(20);
        int maxAge = Math.min(17, Math.max(0, father.ageOn(b.asOf()) - 20));
        List<LocalDate> births = Births.siblings(b.random(), b.asOf(), Dice.between(b.random(), 1, 2), 0, maxAge);
        births.removeIf(d -> d.isBefore(earliest));
        List<Person> his = children(b, births, father.familyName());
        parents(b, List.of(father), his);
        return his;
    }

    private static Person jointChild(FamilyBuilder b, Person mum, Person partner, LocalDate cohabited,
            List<Person> hers, List<Person> his) {
        Person child = b.child(Births.during(b.random(), cohabited.plusDays(270), b.asOf(), b.asOf()),
                partner.familyName());
        parents(b, List.of(mum, partner), List.of(child));
        for (Person sibling : together(hers, his)) {
            b.relate(child, Kinship.SIBLING, sibling);
        }
        return child;
    }

    private static void householdMembers(FamilyBuilder b, List<Person> some, List<Person> others) {
        for (Person a : some) {
            for (Person c : others) {
                b.relate(a, Kinship.HOUSEHOLD_MEMBER, c);
            }
        }
    }
}

package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;
import org.familycontext.synthetic.codes.Kinship;

/**
 * Assembles one family: mints its people (serial numbers, NHS numbers, UPNs), records their
 * relationships both ways, and forms, ends and moves their households.
 */
final class FamilyBuilder {

    private static final int DWELLING_SLOTS = 16;
    private final RegionPlan plan;
    private final CouncilGeography council;
    private final int familyIndex;
    private final long serialBase;
    private final SplittableRandom random;
    private final Heritage heritage;
    private final List<Person> members = new ArrayList<>();
    private final List<Relation> relations = new ArrayList<>();
    private final List<Household> households = new ArrayList<>();
    private int dwellingsUsed;

    FamilyBuilder(RegionPlan plan, int councilIndex, int familyIndex, long serialBase, SplittableRandom random) {
        this.plan = plan;
        this.council = plan.council(councilIndex);
        this.familyIndex = familyIndex;
        this.serialBase = serialBase;
        this.random = random;
        this.heritage = Heritage.draw(random);
    }

    SplittableRandom random() {
        return random;
    }

    LocalDate asOf() {
        return plan.asOf();
    }

    RegionPlan plan() {
        return plan;
    }

    /** A surname from the family's heritage, or now and then from another (mixed families). */
    String surname() {
        return (Dice.chance(random, 0.08) ? Heritage.draw(random) : heritage).surname(random);
    }

    /** A child of no particular sex: girls and boys equally often. */
    Person child(LocalDate dateOfBirth, String familyName) {
        return person(random.nextBoolean() ? Gender.FEMALE : Gender.MALE, dateOfBirth, familyName);
    }

    Person person(Gender gender, LocalDate dateOfBirth, String familyName) {
        long serial = serialBase + members.size();
        Heritage names = Dice.chance(random, 0.05) ? Heritage.draw(random) : heritage;
        String given = names.givenName(random, gender, dateOfBirth.getYear());
        int councils = plan.councils().size();
        String nhs = Dice.chance(random, 0.015) ? null : plan.mint().nhsNumber(serial * councils + council.index());
        Person person = new Person(council.council().value() + "-p" + serial, gender, given, familyName,
                dateOfBirth, nhs, upnFor(dateOfBirth, serial));
        members.add(person);
        return person;
    }

    /** Records that a is kinship of b, and the inverse. */
    void relate(Person a, Kinship kinship, Person b) {
        relations.add(new Relation(a, kinship, b));
        relations.add(new Relation(b, kinship.inverse(), a));
    }

    /** Records that every pair of the given people are siblings. */
    void siblings(List<Person> children) {
        for (int i = 0; i < children.size(); i++) {
            for (int j = i + 1; j < children.size(); j++) {
                relate(children.get(i), Kinship.SIBLING, children.get(j));
            }
        }
    }

    /** A dwelling in the family's own council not used by anyone else in the region. */
    Dwelling newDwelling() {
        return newDwellingIn(council.index());
    }

    /** A dwelling in a council of the region, not used by anyone else. */
    Dwelling newDwellingIn(int councilIndex) {
        int slot = dwellingsUsed++ % DWELLING_SLOTS;
        int councils = plan.councils().size();
        long number = ((long) familyIndex * DWELLING_SLOTS + slot) * councils + council.index();
        if (number >= Streets.DWELLINGS_PER_COUNCIL) {
            throw new IllegalStateException("region too large for unique UPRNs");
        }
        return plan.streets().dwelling(plan.council(councilIndex), number);
    }

    Household household(List<Person> people, LocalDate from, Dwelling dwelling) {
        String id = council.council().value() + "-h" + familyIndex + "-" + households.size();
        Household household = new Household(id, dwelling, people, from);
        households.add(household);
        return household;
    }

    /** Ends a household and starts the same people again at another dwelling. */
    Household relocate(Household household, LocalDate on, Dwelling dwelling) {
        household.end(on);
        return household(household.members(), on, dwelling);
    }

    /** Ends a household; the leavers start one at their new home, the rest carry on at theirs. */
    Household separate(Household household, LocalDate on, List<Person> leavers, Dwelling leaversHome,
            Dwelling stayersHome) {
        household.end(on);
        household(leavers, on, leaversHome);
        List<Person> stayers = new ArrayList<>(household.members());
        stayers.removeAll(leavers);
        return household(stayers, on, stayersHome);
    }

    /** The person's partner (the latest recorded), or null. */
    Person partnerOf(Person person) {
        Person partner = null;
        for (Relation r : relations) {
            if (r.person() == person && r.kinship() == Kinship.PARTNER) {
                partner = r.related();
            }
        }
        return partner;
    }

    /** The current household with the most people (the family's main home), or null. */
    Household mainHousehold() {
        Household main = null;
        for (Household h : households) {
            if (h.isCurrent() && (main == null || h.members().size() > main.members().size())) {
                main = h;
            }
        }
        return main;
    }

    Family build(int movedTo, LocalDate movedOn, double risk) {
        households.forEach(Household::forgetTheUnborn);
        return new Family(council.council().value() + "-f" + familyIndex, familyIndex, council.index(),
                List.copyOf(members), List.copyOf(relations), List.copyOf(households), movedTo, movedOn, risk);
    }

    private String upnFor(LocalDate dateOfBirth, long serial) {
        LocalDate starts = SchoolYears.startsSchool(dateOfBirth);
        if (starts.isAfter(plan.asOf()) || dateOfBirth.isBefore(plan.asOf().minusYears(25))) {
            return null;
        }
        return plan.mint().upn(council.laCode(), starts.getYear(), serial, Dice.chance(random, 0.01));
    }
}

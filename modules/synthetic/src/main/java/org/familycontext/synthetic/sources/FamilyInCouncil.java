package org.familycontext.synthetic.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.region.CouncilGeography;
import org.familycontext.synthetic.region.Family;
import org.familycontext.synthetic.region.Household;
import org.familycontext.synthetic.region.Person;

/**
 * A family as one council's services can see it: who has lived in the council, at which address,
 * from when and until when (a family that moved away is seen up to the day it left).
 *
 * @param family    the family
 * @param council   the council
 * @param asOf      the extract date
 * @param random    the random source for this family in this council
 * @param residents family members who have had a household in the council, in family order
 */
public record FamilyInCouncil(Family family, CouncilGeography council, LocalDate asOf, SplittableRandom random,
        List<Person> residents) {

    public static FamilyInCouncil of(Family family, CouncilGeography council, LocalDate asOf, SplittableRandom random) {
        List<Person> residents = new ArrayList<>();
        for (Person p : family.members()) {
            if (p.latestIn(council.index()) != null) {
                residents.add(p);
            }
        }
        return new FamilyInCouncil(family, council, asOf, random, List.copyOf(residents));
    }

    /** The address the council would know: the latest one in the council, else wherever they live now. */
    public Household addressOf(Person person) {
        Household here = person.latestIn(council.index());
        return here != null ? here : person.currentHousehold();
    }

    /** An earlier address of the person in the council, or null. */
    public Household earlierAddressOf(Person person) {
        Household latest = person.latestIn(council.index());
        return latest == null ? null : person.earlierIn(council.index(), latest);
    }

    /** True while the person still lives in the council. */
    public boolean livesHere(Person person) {
        Household here = person.latestIn(council.index());
        return here != null && here.isCurrent();
    }

    /** The last day the council could know about the person: today, or the day they left. */
    public LocalDate lastDay(Person person) {
        Household here = person.latestIn(council.index());
        return here == null || here.isCurrent() ? asOf : here.to();
    }

    /** When the person first lived in the council (their birth if later). */
    public LocalDate arrived(Person person) {
        LocalDate first = null;
        for (Household h : person.households()) {
            if (h.dwelling().councilIndex() == council.index() && (first == null || h.from().isBefore(first))) {
                first = h.from();
            }
        }
        LocalDate born = person.dateOfBirth();
        return first == null || first.isBefore(born) ? born : first;
    }

    /**
     * A date in first..last, kept within the person's time in the council and before the extract
     * date; when nothing is left of the range, its (clamped) end.
     */
    public LocalDate during(Person person, LocalDate first, LocalDate last) {
        LocalDate lo = first.isBefore(arrived(person)) ? arrived(person) : first;
        LocalDate end = lastDay(person);
        LocalDate hi = last.isAfter(end) ? end : last;
        if (hi.isAfter(asOf.minusDays(1))) {
            hi = asOf.minusDays(1);
        }
        return hi.isBefore(lo) ? hi : lo.plusDays(random.nextLong(hi.toEpochDay() - lo.toEpochDay() + 1));
    }
}

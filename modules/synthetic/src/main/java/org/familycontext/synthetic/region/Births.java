package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/** Plausible dates of birth: siblings a few years apart, parents of a sensible age at each birth. */
final class Births {

    private Births() {
    }

    /** Dates of birth of up to count siblings, eldest first, the eldest aged minAge..maxAge now. */
    static List<LocalDate> siblings(SplittableRandom random, LocalDate asOf, int count, int minAge, int maxAge) {
        List<LocalDate> births = new ArrayList<>();
        LocalDate next = aged(random, asOf, minAge, maxAge);
        while (births.size() < count && next.isBefore(asOf)) {
            births.add(next);
            next = next.plusDays(Dice.between(random, 330, 1900));
        }
        return births;
    }

    /** A date of birth for someone aged minAge..maxAge (whole years) on asOf. */
    static LocalDate aged(SplittableRandom random, LocalDate asOf, int minAge, int maxAge) {
        return asOf.minusYears(Dice.between(random, minAge, maxAge)).minusDays(1 + random.nextInt(364));
    }

    /** A parent's date of birth: minAge..maxAge at the child's birth, most often near the middle. */
    static LocalDate parentOf(SplittableRandom random, LocalDate childBirth, int minAge, int maxAge) {
        int span = maxAge - minAge;
        int age = minAge + random.nextInt(span / 2 + 1) + random.nextInt(span - span / 2 + 1);
        return childBirth.minusYears(age).minusDays(random.nextInt(365));
    }

    /** A partner's date of birth: usually a little older, and at least 18 by the given date. */
    static LocalDate partnerOf(SplittableRandom random, LocalDate dateOfBirth, LocalDate adultBy) {
        LocalDate partner = dateOfBirth.minusDays(Dice.between(random, -3 * 365, 7 * 365));
        LocalDate latest = adultBy.minusYears(18);
        return partner.isAfter(latest) ? latest.minusDays(random.nextInt(365)) : partner;
    }

    /** A date in first..last, but never after the day before asOf. */
    static LocalDate during(SplittableRandom random, LocalDate first, LocalDate last, LocalDate asOf) {
        LocalDate latest = asOf.minusDays(1);
        LocalDate end = last.isAfter(latest) ? latest : last;
        LocalDate start = first.isAfter(end) ? end : first;
        return Dice.between(random, start, end);
    }

    /** The births a mother born on the given date could have had: none after she turned 45. */
    static List<LocalDate> fertile(List<LocalDate> births, LocalDate motherBorn) {
        LocalDate last = motherBorn.plusYears(45);
        List<LocalDate> kept = new ArrayList<>(births.subList(0, 1));
        births.stream().skip(1).filter(d -> d.isBefore(last)).forEach(kept::add);
        return kept;
    }

    /** The earlier of two dates. */
    static LocalDate earlier(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    /** The later of two dates. */
    static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

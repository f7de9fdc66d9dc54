package org.familycontext.synthetic.sources;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.familycontext.synthetic.region.CouncilGeography;
import org.familycontext.synthetic.region.Dice;
import org.familycontext.synthetic.region.Seeds;

/**
 * A council's schools: primaries, secondaries and alternative provision, named the way English
 * schools are, roughly one primary per 1,500 residents. Children at one address go to the same
 * school of each phase.
 */
final class SchoolDirectory {

    private static final List<String> SAINTS = List.of("Mary", "Joseph", "Anne", "Thomas", "Peter", "Paul",
            "John", "Mark", "Bernadette", "Winifred", "Chad", "Elisabeth", "George", "James", "Matthew",
            "Michael", "Patrick", "Teresa", "Wilfrid", "Aidan");
    private static final List<String> PLACES = List.of("Oakfield", "Brookside", "Highfield", "Meadowbank",
            "Westwood", "Moorside", "Greenbank", "Hillcrest", "Riverside", "Fairfield", "Ashgrove", "Lark Hill",
            "Rose Hill", "Beechwood", "Millbrook", "Thornbury", "Woodlands", "Kingsway", "Parkside", "Hollins");
    private static final List<String> PRIMARY = List.of("%s Primary School", "%s Community Primary School",
            "St %s's CofE Primary School", "St %s's RC Primary School", "%s Infant and Nursery School",
            "%s Junior School", "%s Primary Academy");
    private static final List<String> SECONDARY = List.of("%s High School", "%s Academy",
            "St %s's RC High School", "%s School", "%s Community High School", "%s College");
    private static final List<String> ALTERNATIVE = List.of("%s Pupil Referral Unit", "%s Learning Centre",
            "%s Alternative Provision Academy");

    private final List<School> primaries;
    private final List<School> secondaries;
    private final List<School> alternatives;

    SchoolDirectory(CouncilGeography council, int people, long seed) {
        Set<String> taken = new HashSet<>();
        SplittableRandom random = new SplittableRandom(Seeds.of(seed, council.index(), 31));
        primaries = schools(council, random, taken, PRIMARY, clamp(people / 1500, 3, 500));
        secondaries = schools(council, random, taken, SECONDARY, clamp(people / 7000, 2, 100));
        alternatives = schools(council, random, taken, ALTERNATIVE, clamp(people / 40_000, 1, 20));
    }

    School primary(String uprn) {
        return at(primaries, uprn, 1);
    }

    School secondary(String uprn) {
        return at(secondaries, uprn, 2);
    }

    School alternative(String uprn) {
        return at(alternatives, uprn, 3);
    }

    private static School at(List<School> schools, String uprn, int phase) {
        return schools.get((int) Math.floorMod(Seeds.of(Long.parseLong(uprn), phase), (long) schools.size()));
    }

    private static List<School> schools(CouncilGeography council, SplittableRandom random, Set<String> taken,
            List<String> patterns, int count) {
        List<School> schools = new ArrayList<>();
        for (int attempt = 0; schools.size() < count && attempt < count * 20; attempt++) {
            String pattern = Dice.pick(random, patterns);
            String place = pattern.startsWith("St ") ? Dice.pick(random, SAINTS) : place(council, random);
            String name = String.format(java.util.Locale.ROOT, pattern, place);
            if (taken.add(name)) {
                schools.add(new School(name, council.phone(random.nextInt(1000))));
            }
        }
        return List.copyOf(schools);
    }

    private static String place(CouncilGeography council, SplittableRandom random) {
        return random.nextBoolean() ? Dice.pick(random, council.districts()) : Dice.pick(random, PLACES);
    }

    private static int clamp(int value, int lo, int hi) {
        return Math.max(lo, Math.min(hi, value));
    }
}

package org.familycontext.synthetic.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;
import org.junit.jupiter.api.Test;

class NameFrequencyTest {

    private static final int DRAWS = 200_000;

    @Test
    void ranksFollowTheCurveAndStayInRange() {
        assertThat(NameFrequency.rank(0, 100, 4)).isZero();
        assertThat(NameFrequency.rank(Math.nextDown(1.0), 100, 4)).isEqualTo(99);
        int previous = 0;
        for (double u = 0; u < 1; u += 0.001) {
            int rank = NameFrequency.rank(u, 100, 4);
            assertThat(rank).isBetween(previous, 99);
            previous = rank;
        }
        // weight 1/(r + 4): the first rank is drawn five times as often as rank 21 (1/4.5 against 1/25 of the curve's mass)
        Map<Integer, Integer> counts = new HashMap<>();
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(NameFrequency.rank(random.nextDouble(), 100, 4), 1, Integer::sum);
        }
        assertThat((double) counts.get(0) / counts.get(20)).isBetween(4.0, 7.0);
    }

    @Test
    void listedNamesTakeTheirShareAndTheRestAreRarerNames() {
        List<String> common = List.of("Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Evans", "Walker");
        NameFrequency names = new NameFrequency(common, 0.3, new NameParts("Ash, Brad, Crow", "en", "ley, ton, worth"));
        Map<String, Integer> counts = draw(names::draw);
        int listed = common.stream().mapToInt(name -> counts.getOrDefault(name, 0)).sum();
        assertThat((double) listed / DRAWS).isCloseTo(0.3, within(0.01));
        assertThat(counts.get("Smith")).isGreaterThan(2 * counts.get("Walker"));
        assertThat(counts.keySet()).contains("Ashley", "Bradenton", "Crowworth").hasSize(common.size() + 3 * 2 * 3);
    }

    @Test
    void aDrawTakesOneRandomNumberWhicheverNameItGives() {
        SplittableRandom drawn = new SplittableRandom(11);
        SplittableRandom counted = new SplittableRandom(11);
        for (int i = 0; i < 1_000; i++) {
            Heritage.BRITISH_IRISH.surname(drawn);
            counted.nextDouble();
            Heritage.SOUTH_ASIAN.givenName(drawn, Gender.MALE, 1980 + i % 40);
            counted.nextDouble();
        }
        assertThat(drawn.nextLong()).isEqualTo(counted.nextLong());
    }

    /**
     * In England the most common surname (Smith) is borne by a little over one person in a hundred,
     * and a council of a few hundred thousand people holds tens of thousands of surnames; given names
     * of children born lately are more varied than their grandparents'.
     */
    @Test
    void namesAreAsVariedAsInAnEnglishPopulation() {
        Map<String, Integer> surnames = draw(Heritage.BRITISH_IRISH::surname);
        assertThat((double) surnames.get("Smith") / DRAWS).isBetween(0.008, 0.02);
        assertThat(surnames).hasSizeGreaterThan(8_000);
        Map<String, Integer> grandmothers = draw(random -> Heritage.BRITISH_IRISH.givenName(random, Gender.FEMALE, 1950));
        Map<String, Integer> girls = draw(random -> Heritage.BRITISH_IRISH.givenName(random, Gender.FEMALE, 2015));
        assertThat(sumOfSquaredShares(girls)).isLessThan(sumOfSquaredShares(grandmothers));
        assertThat(girls).hasSizeGreaterThan(2_000);
    }

    @Test
    void builtNamesAreFixedPerRankAndMostlyDistinct() {
        NameParts parts = new NameParts("Ad, Al, Am, Ana", "el, an", "a, ia, ina");
        Set<String> names = new HashSet<>();
        for (int rank = 0; rank < parts.size(); rank++) {
            assertThat(parts.name(rank)).isEqualTo(parts.name(rank)).matches("[A-Z][a-z]+");
            names.add(parts.name(rank));
        }
        // "Ana" + "a" is written "Ana", as is "Ana" + "" + "a": a few joins meet twice
        assertThat(names).hasSizeGreaterThan(parts.size() * 9 / 10).contains("Ada", "Alelina", "Amania", "Ana");
    }

    private static Map<String, Integer> draw(java.util.function.Function<SplittableRandom, String> name) {
        SplittableRandom random = new SplittableRandom(7);
        Map<String, Integer> counts = new HashMap<>();
        for (int i = 0; i < DRAWS; i++) {
            counts.merge(name.apply(random), 1, Integer::sum);
        }
        return counts;
    }

    private static double sumOfSquaredShares(Map<String, Integer> counts) {
        return counts.values().stream().mapToDouble(c -> Math.pow((double) c / DRAWS, 2)).sum();
    }
}

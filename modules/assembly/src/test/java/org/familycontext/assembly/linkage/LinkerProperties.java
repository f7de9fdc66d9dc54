package org.familycontext.assembly.linkage;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;

/** The matcher's invariants, on populations of any seed and size. */
class LinkerProperties {

    private static LinkResult link(List<PersonRecord> records, LinkSettings settings) {
        return new Linker(settings, Clock.systemUTC()).link(records);
    }

    @Property(tries = 12)
    void linksAreAlwaysFollowedAndPeopleStayWithinTheSizeLimit(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                                @ForAll @IntRange(min = 30, max = 400) int households) {
        TestPopulation population = new TestPopulation(seed, households);
        LinkSettings settings = LinkSettings.defaults().withThreads(2);
        LinkResult result = link(population.records, settings);
        Map<Integer, Integer> sizes = new HashMap<>();
        for (int person : result.personOf()) {
            sizes.merge(person, 1, Integer::sum);
        }
        assertThat(sizes.values()).allMatch(size -> size <= settings.maxClusterSize());
        for (ScoredPair pair : result.pairs()) {
            assertThat(pair.probability()).isBetween(settings.possibleAt(), 1.0);
            if (pair.decision() == ScoredPair.Decision.LINK) {
                assertThat(result.personOf()[pair.left()]).isEqualTo(result.personOf()[pair.right()]);
                assertThat(pair.probability()).isGreaterThanOrEqualTo(settings.linkAt());
            }
        }
    }

    @Property(tries = 12)
    void noPersonEverHoldsTwoDifferentValidNhsNumbers(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                       @ForAll @IntRange(min = 30, max = 300) int households) {
        TestPopulation population = new TestPopulation(seed, households);
        List<PersonRecord> records = new ArrayList<>(population.records);
        java.util.Random random = new java.util.Random(seed);
        // copies of existing records with a different valid NHS number: the same details, another person
        for (int i = 0; i < 20 && i < population.records.size(); i++) {
            PersonRecord r = population.records.get(random.nextInt(population.records.size()));
            records.add(new PersonRecord(r.id() + "-other", 0, r.givenName(), r.familyName(), r.dateOfBirth(), r.gender(),
                    r.address(), r.postcode(), r.city(), TestPopulation.nhsNumber(random), null, null, null, null));
        }
        LinkResult result = link(records, LinkSettings.defaults().withThreads(2));
        Map<Integer, String> nhsOfPerson = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String nhs = records.get(i).nhsNumber();
            if (nhs != null) {
                String before = nhsOfPerson.putIfAbsent(result.personOf()[i], nhs);
                assertThat(before == null || before.equals(nhs)).as("person of record %s", records.get(i).id()).isTrue();
            }
        }
    }

    @Property(tries = 8)
    void recordsThatAgreeOnEverythingAreOnePerson(@ForAll @LongRange(min = 1, max = 1_000_000) long seed) {
        TestPopulation population = new TestPopulation(seed, 200);
        List<PersonRecord> records = new ArrayList<>(population.records);
        PersonRecord original = population.records.get((int) (seed % population.records.size()));
        records.add(new PersonRecord(original.id() + "-copy", 0, original.givenName(), original.familyName(),
                original.dateOfBirth(), original.gender(), original.address(), original.postcode(), original.city(),
                original.nhsNumber(), null, null, null, null));
        LinkResult result = link(records, LinkSettings.defaults().withThreads(2));
        int copy = records.size() - 1;
        assertThat(result.personOf()[copy]).isEqualTo(result.personOf()[population.records.indexOf(original)]);
    }
}

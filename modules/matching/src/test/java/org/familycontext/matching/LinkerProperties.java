package org.familycontext.matching;

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
    void noPersonEverHoldsTwoDifferentValidNhsNumbersOrUpns(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                             @ForAll @IntRange(min = 30, max = 300) int households) {
        TestPopulation population = new TestPopulation(seed, households);
        List<PersonRecord> records = new ArrayList<>();
        java.util.Random random = new java.util.Random(seed);
        // every record with a UPN of its person's own, then copies of some with a different NHS number or UPN
        Map<Integer, String> upnOf = new HashMap<>();
        for (int i = 0; i < population.records.size(); i++) {
            PersonRecord r = population.records.get(i);
            String upn = upnOf.computeIfAbsent(population.truth.get(i), person -> upn(random));
            records.add(new PersonRecord(r.id(), 0, r.givenName(), r.familyName(), r.dateOfBirth(), r.gender(), r.address(),
                    r.postcode(), r.city(), r.nhsNumber(), upn, null, null, null));
        }
        for (int i = 0; i < 20 && i < population.records.size(); i++) {
            PersonRecord r = records.get(random.nextInt(population.records.size()));
            boolean otherNhs = random.nextBoolean();
            records.add(new PersonRecord(r.id() + "-other", 0, r.givenName(), r.familyName(), r.dateOfBirth(), r.gender(),
                    r.address(), r.postcode(), r.city(), otherNhs ? TestPopulation.nhsNumber(random) : r.nhsNumber(),
                    otherNhs ? r.upn() : upn(random), null, null, null));
        }
        LinkResult result = link(records, LinkSettings.defaults().withThreads(2));
        for (java.util.function.Function<PersonRecord, String> identifier : List.<java.util.function.Function<PersonRecord, String>>of(
                PersonRecord::nhsNumber, PersonRecord::upn)) {
            Map<Integer, String> ofPerson = new HashMap<>();
            for (int i = 0; i < records.size(); i++) {
                String value = identifier.apply(records.get(i));
                if (value != null) {
                    String before = ofPerson.putIfAbsent(result.personOf()[i], value);
                    assertThat(before == null || before.equals(value)).as("person of record %s", records.get(i).id()).isTrue();
                }
            }
        }
    }

    /** A valid unique pupil number. */
    private static String upn(java.util.Random random) {
        StringBuilder twelve = new StringBuilder("356");
        for (int i = 0; i < 9; i++) {
            twelve.append(random.nextInt(10));
        }
        return org.familycontext.kernel.Upn.checkLetter(twelve.toString()) + twelve.toString();
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

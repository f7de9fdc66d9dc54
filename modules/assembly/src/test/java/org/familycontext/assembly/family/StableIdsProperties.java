package org.familycontext.assembly.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.familycontext.adapters.SourceData.SourcePerson;
import org.junit.jupiter.api.Test;

/** Person ids across re-links: one id per person, kept while the person is the same. */
class StableIdsProperties {

    @Property(tries = 200)
    void theSamePeopleKeepTheirIdsAndNoTwoPeopleShareOne(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
                                                          @ForAll @IntRange(min = 1, max = 300) int records) {
        Random random = new Random(seed);
        List<SourcePerson> people = people(records);
        int[] personOf = clusters(random, records);
        UUID[] first = StableIds.assign(personOf, people, Map.of(), UUID::randomUUID);
        assertOnePerPerson(personOf, first);

        Map<SourcePerson, UUID> previous = new HashMap<>();
        for (int i = 0; i < records; i++) {
            previous.put(people.get(i), first[i]);
        }
        UUID[] again = StableIds.assign(personOf, people, previous, UUID::randomUUID);
        assertThat(again).isEqualTo(first);
        assertThat(StableIds.kept(again, previous)).isEqualTo(new HashSet<>(List.of(first)).size());

        int[] reshuffled = clusters(random, records);
        UUID[] after = StableIds.assign(reshuffled, people, previous, UUID::randomUUID);
        assertOnePerPerson(reshuffled, after);
    }

    @Test
    void aPersonSplitInTwoKeepsTheIdInTheLargerPart() {
        List<SourcePerson> people = people(5);
        UUID old = UUID.randomUUID();
        Map<SourcePerson, UUID> previous = new HashMap<>();
        people.forEach(p -> previous.put(p, old));
        UUID[] ids = StableIds.assign(new int[] {0, 0, 0, 3, 3}, people, previous, UUID::randomUUID);
        assertThat(ids[0]).isEqualTo(old);
        assertThat(ids[3]).isNotEqualTo(old).isEqualTo(ids[4]);
    }

    private static void assertOnePerPerson(int[] personOf, UUID[] ids) {
        Map<Integer, UUID> idOfPerson = new HashMap<>();
        Set<UUID> used = new HashSet<>();
        for (int i = 0; i < personOf.length; i++) {
            UUID before = idOfPerson.putIfAbsent(personOf[i], ids[i]);
            if (before == null) {
                assertThat(used.add(ids[i])).as("an id given to two people").isTrue();
            } else {
                assertThat(ids[i]).isEqualTo(before);
            }
        }
    }

    private static List<SourcePerson> people(int records) {
        List<SourcePerson> people = new ArrayList<>();
        for (int i = 0; i < records; i++) {
            people.add(new SourcePerson("source", "r" + i));
        }
        return people;
    }

    /** A random grouping, each record naming its group's first record (as the linker does). */
    private static int[] clusters(Random random, int records) {
        int[] personOf = new int[records];
        for (int i = 0; i < records; i++) {
            personOf[i] = i == 0 || random.nextInt(3) == 0 ? i : personOf[random.nextInt(i)];
        }
        return personOf;
    }
}

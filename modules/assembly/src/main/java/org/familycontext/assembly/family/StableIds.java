package org.familycontext.assembly.family;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import org.familycontext.adapters.SourceData.SourcePerson;

/**
 * Gives each new person an id: the id most of its records had in the previous run, when no larger
 * person claimed it first; otherwise a new one. So a person keeps their id across re-links as long
 * as they are the same person, and a person split in two keeps the id in the larger part.
 */
final class StableIds {

    private StableIds() {
    }

    /**
     * @param personOf  per record, the representative record of its person
     * @param people    per record, the source person
     * @param previous  the previous run's ids
     * @param newId     makes new ids
     * @return per record, its person's id
     */
    static UUID[] assign(int[] personOf, List<SourcePerson> people, Map<SourcePerson, UUID> previous, Supplier<UUID> newId) {
        Map<Integer, List<Integer>> members = new HashMap<>();
        for (int i = 0; i < personOf.length; i++) {
            members.computeIfAbsent(personOf[i], k -> new ArrayList<>()).add(i);
        }
        List<List<Integer>> clusters = new ArrayList<>(members.values());
        clusters.sort(Comparator.<List<Integer>>comparingInt(List::size).reversed().thenComparingInt(c -> c.get(0)));
        Set<UUID> claimed = new HashSet<>();
        UUID[] ids = new UUID[personOf.length];
        for (List<Integer> cluster : clusters) {
            Map<UUID, Integer> votes = new HashMap<>();
            for (int record : cluster) {
                UUID old = previous.get(people.get(record));
                if (old != null && !claimed.contains(old)) {
                    votes.merge(old, 1, Integer::sum);
                }
            }
            UUID id = votes.entrySet().stream()
                    .max(Comparator.<Map.Entry<UUID, Integer>>comparingInt(Map.Entry::getValue)
                            .thenComparing(Map.Entry::getKey, Comparator.reverseOrder()))
                    .map(Map.Entry::getKey).orElseGet(newId);
            claimed.add(id);
            for (int record : cluster) {
                ids[record] = id;
            }
        }
        return ids;
    }

    /** How many of the ids were in use before. */
    static int kept(UUID[] ids, Map<SourcePerson, UUID> previous) {
        Set<UUID> before = new HashSet<>(previous.values());
        Set<UUID> now = new HashSet<>(List.of(ids));
        now.retainAll(before);
        return now.size();
    }
}

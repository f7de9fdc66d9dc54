package org.familycontext.matching;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Builds people from links without chaining unrelated records together. Links are taken strongest
 * first; two groups of records become one person only when
 * <ul>
 *   <li>they do not hold two different valid NHS numbers, nor two different valid UPNs,</li>
 *   <li>the person would not exceed the size limit, and</li>
 *   <li>more pairs across the two groups look like the same person than have fields against it, and at
 *       least a quarter look like the same person (checked
 *       on a sample when the groups are large), so that A = B and B = C does not make A = C when A
 *       and C differ.</li>
 * </ul>
 * A link that cannot be followed becomes a possible match. In one-to-one mode a record links to at
 * most one record of the other set.
 */
final class Clustering {

    private static final int MAX_CROSS_CHECKS = 400;

    private final RecordTable table;
    private final Comparisons comparisons;
    private final MatchModel model;
    private final LinkSettings settings;
    private final int[] parent;
    private final int[][] members;
    private final int[] memberCount;
    private int refusedMerges;
    private int refusedForIdentifiers;
    private int refusedForSize;

    Clustering(RecordTable table, Comparisons comparisons, MatchModel model, LinkSettings settings) {
        this.table = table;
        this.comparisons = comparisons;
        this.model = model;
        this.settings = settings;
        this.parent = new int[table.size];
        this.members = new int[table.size][];
        this.memberCount = new int[table.size];
        for (int i = 0; i < table.size; i++) {
            parent[i] = i;
            memberCount[i] = 1;
        }
    }

    /**
     * Follows the links; returns the pairs with links that could not be followed turned into possible matches.
     */
    List<ScoredPair> cluster(List<ScoredPair> pairs) {
        List<ScoredPair> ordered = new ArrayList<>(pairs);
        ordered.sort(Comparator.comparingDouble(ScoredPair::weight).reversed()
                .thenComparingInt(ScoredPair::left).thenComparingInt(ScoredPair::right));
        boolean[] taken = new boolean[table.size];
        List<ScoredPair> decided = new ArrayList<>(ordered.size());
        for (ScoredPair pair : ordered) {
            if (pair.decision() != ScoredPair.Decision.LINK) {
                decided.add(pair);
                continue;
            }
            boolean oneToOneClash = settings.oneToOne() && (taken[pair.left()] || taken[pair.right()]);
            if (!oneToOneClash && join(pair.left(), pair.right())) {
                taken[pair.left()] = true;
                taken[pair.right()] = true;
                decided.add(pair);
            } else {
                decided.add(pair.as(ScoredPair.Decision.POSSIBLE));
            }
        }
        return decided;
    }

    /** Per record, whether it is part of a person with other records. */
    boolean[] linked() {
        boolean[] linked = new boolean[table.size];
        for (int i = 0; i < table.size; i++) {
            linked[i] = memberCount[find(i)] > 1;
        }
        return linked;
    }

    /** Joins two records that are each on their own, as one-to-one assignment decided; false when it cannot. */
    boolean joinAssigned(int a, int b) {
        return memberCount[find(a)] == 1 && memberCount[find(b)] == 1 && join(a, b);
    }

    /** The person (cluster root) of each record. */
    int[] people() {
        int[] people = new int[table.size];
        for (int i = 0; i < table.size; i++) {
            people[i] = find(i);
        }
        return people;
    }

    int refusedMerges() {
        return refusedMerges;
    }

    int refusedForIdentifiers() {
        return refusedForIdentifiers;
    }

    int refusedForSize() {
        return refusedForSize;
    }

    private boolean join(int a, int b) {
        int ra = find(a);
        int rb = find(b);
        if (ra == rb) {
            return true;
        }
        int[] groupA = group(ra);
        int[] groupB = group(rb);
        if (groupA.length + groupB.length > settings.maxClusterSize()) {
            refusedMerges++;
            refusedForSize++;
            return false;
        }
        if (differentIdentifiers(table.nhs, groupA, groupB) || differentIdentifiers(table.upn, groupA, groupB)) {
            refusedMerges++;
            refusedForIdentifiers++;
            return false;
        }
        if ((groupA.length > 1 || groupB.length > 1) && !moreAgreeThanContradict(groupA, groupB)) {
            refusedMerges++;
            return false;
        }
        int big = groupA.length >= groupB.length ? ra : rb;
        int small = big == ra ? rb : ra;
        int[] merged = Arrays.copyOf(group(big), groupA.length + groupB.length);
        System.arraycopy(group(small), 0, merged, memberCount[big], memberCount[small]);
        parent[small] = big;
        members[big] = merged;
        memberCount[big] = merged.length;
        members[small] = null;
        return true;
    }

    private int[] group(int root) {
        return members[root] == null ? new int[] {root} : members[root];
    }

    /** True when the two groups together hold two different values of the identifier (NHS numbers, UPNs). */
    private static boolean differentIdentifiers(String[] identifier, int[] groupA, int[] groupB) {
        String seen = null;
        for (int[] group : new int[][] {groupA, groupB}) {
            for (int record : group) {
                String value = identifier[record];
                if (value != null) {
                    if (seen != null && !seen.equals(value)) {
                        return true;
                    }
                    seen = value;
                }
            }
        }
        return false;
    }

    /**
     * True when more pairs across the groups look like one person (at least a possible match) than
     * have fields that speak against it ({@link MatchModel#evidence(long)} below 0), and at least a
     * quarter of them look like one person. Pairs in between (a changed family name and a move leave
     * only the given name and date of birth to agree: too little for a link in a large council, but
     * nothing against) do not hinder; one link alone does not join two large groups.
     */
    private boolean moreAgreeThanContradict(int[] groupA, int[] groupB) {
        long crossPairs = (long) groupA.length * groupB.length;
        int step = (int) Math.max(1, crossPairs / MAX_CROSS_CHECKS);
        int checked = 0;
        int agreeing = 0;
        int contradicting = 0;
        for (long p = 0; p < crossPairs; p += step) {
            int x = groupA[(int) (p / groupB.length)];
            int y = groupB[(int) (p % groupB.length)];
            if (settings.oneToOne() && table.side[x] == table.side[y]) {
                continue;
            }
            checked++;
            long pattern = comparisons.pattern(Math.min(x, y), Math.max(x, y));
            if (model.probability(pattern) >= settings.possibleAt()) {
                agreeing++;
            } else if (model.evidence(pattern) < 0) {
                contradicting++;
            }
        }
        return checked == 0 || agreeing > contradicting && agreeing * 4 >= checked;
    }

    private int find(int i) {
        int root = i;
        while (parent[root] != root) {
            root = parent[root];
        }
        while (parent[i] != root) {
            int next = parent[i];
            parent[i] = root;
            i = next;
        }
        return root;
    }
}

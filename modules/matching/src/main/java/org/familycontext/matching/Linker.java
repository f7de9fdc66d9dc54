package org.familycontext.matching;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Links person records: prepares them, finds candidate pairs with several blocking keys, compares
 * them field by field, estimates the Fellegi-Sunter parameters from the data by EM, decides each
 * pair (link, possible match or non-link) and builds people without chaining unrelated records.
 * Deterministic: the same records and settings give the same result.
 */
public final class Linker {

    private static final int RANDOM_PAIRS = 400_000;
    private static final int MIN_RANDOM_PAIRS = 50_000;
    private static final long SEED = 20261201L;
    static final int MIN_TRAINING_PAIRS = 50;

    private final LinkSettings settings;
    private final Clock clock;

    public Linker(LinkSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * Deduplicates one set (all records on side 0) or links two (records on sides 0 and 1; only pairs
     * across the sides are compared).
     */
    public LinkResult link(List<PersonRecord> records) {
        long started = clock.millis();
        RecordTable table = new RecordTable(records);
        boolean twoSets = records.stream().anyMatch(r -> r.side() == 1) && records.stream().anyMatch(r -> r.side() == 0);
        Comparisons comparisons = new Comparisons(table, table.present);
        ExecutorService workers = Executors.newFixedThreadPool(settings.threads(), runnable -> {
            Thread thread = new Thread(runnable, "fc-linkage");
            thread.setDaemon(true);
            return thread;
        });
        try {
            CandidateSearch search = new CandidateSearch(table, comparisons, BlockingKey.usable(table.present), settings.maxBlock(),
                    twoSets);
            long prepared = clock.millis();
            Candidates candidates = search.search(workers, settings.threads());
            long blocked = clock.millis();
            MatchModel model = settings.model() != null ? settings.model() : estimate(table, comparisons, candidates, search, twoSets);
            long estimated = clock.millis();
            // the model's fields, not this run's: an incremental re-link of a few records uses the council's model
            boolean placesKnown = placed(model.fields());
            List<ScoredPair> unsure = settings.oneToOne() && twoSets ? new ArrayList<>() : null;
            List<ScoredPair> scored = decide(candidates, model, placesKnown, unsure);
            Clustering clustering = new Clustering(table, comparisons, model, settings);
            List<ScoredPair> decided = clustering.cluster(scored);
            if (unsure != null) {
                decided = assignOneToOne(table.side, clustering, decided, unsure, placesKnown);
            }
            long clustered = clock.millis();
            String stages = "prepare " + (prepared - started) + " ms, block and compare " + (blocked - prepared) + " ms, estimate "
                    + (estimated - blocked) + " ms, decide and cluster " + (clustered - estimated) + " ms";
            int[] people = clustering.people();
            int[] personOf = representatives(people);
            List<String> blocking = search.stats().stream().map(s -> s.key().name().toLowerCase(java.util.Locale.ROOT) + ": "
                    + s.newPairs() + " pairs" + (s.skippedBlocks() > 0 ? ", " + s.skippedBlocks() + " blocks over "
                    + s.limit() + " records skipped (" + s.skippedPairs() + " pairs)" : "")).toList();
            return new LinkResult(model, decided, personOf, new LinkResult.Statistics(table.size, candidates.size(), blocking,
                    clustering.refusedMerges(), clustering.refusedForIdentifiers(), clustering.refusedForSize(), largest(people),
                    clock.millis() - started, stages), new PairScorer(comparisons, model, search));
        } finally {
            workers.shutdownNow();
        }
    }

    private MatchModel estimate(RecordTable table, Comparisons comparisons, Candidates candidates, CandidateSearch search,
                                boolean twoSets) {
        PatternIds counted = new PatternIds();
        for (int i = 0; i < candidates.size(); i++) {
            counted.count(candidates.pattern(i));
        }
        Map<Long, Long> patterns = counted.counted();
        double[][] randomU = randomU(table, comparisons, twoSets);
        if (randomU[Field.FAMILY_NAME.ordinal()] != null) {
            RenamedAtAMove.strangers(randomU[Field.FAMILY_NAME.ordinal()]);
        }
        EmEstimator em = new EmEstimator(comparisons.fields());
        double[][] trained = trainedM(comparisons, candidates, search, randomU, em);
        SwappedNames.learn(patterns, trained, randomU);
        if (trained[Field.FAMILY_NAME.ordinal()] != null) {
            RenamedAtAMove.learn(patterns, trained[Field.FAMILY_NAME.ordinal()]);
        }
        MatchModel fitted = em.estimate(patterns, randomU).withM(trained);
        // EM's u describes candidate pairs, which agree on some blocking key by construction. A pair's
        // chance of being a candidate depends only on how its fields compare, so the probability of a
        // match given the comparison is the same among all pairs: use u from random pairs and the match
        // share among all pairs (the expected matches among candidates over every possible pair).
        MatchModel global = fitted.withU(randomU, fitted.prior());
        double share = em.matchShare(patterns, global);
        double allPairs = twoSets ? (double) table.sides(0) * table.sides(1) : (double) table.size * (table.size - 1) / 2;
        MatchModel model = global.withPrior(allPairs == 0 ? share : share * candidates.size() / allPairs);
        MatchModel overridden = settings.overrides().isEmpty() ? model : model.overridden(settings.overrides());
        Map<Long, Long> household = new HashMap<>();
        patterns.forEach((pattern, count) -> {
            if (HouseholdModel.applies(pattern)) {
                household.merge(pattern, count, Long::sum);
            }
        });
        return overridden.withHousehold(HouseholdModel.estimate(household, overridden));
    }

    /**
     * m learnt from the pairs that share a person's own details (names, date of birth): for each such
     * key, EM over the pairs sharing it gives m for the fields the key does not use (a key's own fields
     * agree by construction); each field's m is the mean over the keys that could estimate it, each
     * key counting as many times as its pairs compare the field (a key whose pairs never do cannot
     * estimate it). Null for a field no key could estimate (EM over all candidates then stands).
     */
    private static double[][] trainedM(Comparisons comparisons, Candidates candidates, CandidateSearch search, double[][] randomU,
                                       EmEstimator em) {
        boolean residence = java.util.List.of(comparisons.fields()).contains(Field.RESIDENCE);
        double[][] sums = new double[Field.values().length][];
        double[] weights = new double[Field.values().length];
        Map<BlockingKey, Map<Long, Long>> training = new java.util.EnumMap<>(BlockingKey.class);
        for (BlockingKey key : BlockingKey.values()) {
            int k = search.index(key);
            if (!key.trains() || k < 0) {
                continue;
            }
            PatternIds patterns = new PatternIds();
            long pairs = 0;
            for (int i = 0; i < candidates.size(); i++) {
                if (exactOn(candidates.pattern(i), key.needs()) && search.sharesKey(k, candidates.left(i), candidates.right(i))) {
                    patterns.count(candidates.pattern(i));
                    pairs++;
                }
            }
            if (pairs >= MIN_TRAINING_PAIRS) {
                training.put(key, patterns.counted());
            }
        }
        for (BlockingKey key : BlockingKey.values()) {
            if (key.trainsInsteadOf() != null && training.containsKey(key)) {
                training.remove(key.trainsInsteadOf());
            }
        }
        for (Map.Entry<BlockingKey, Map<Long, Long>> entry : training.entrySet()) {
            BlockingKey key = entry.getKey();
            MatchModel fitted = em.estimate(entry.getValue(), randomU);
            // the period at an address speaks only where the places differ, so it is not independent of them: it is
            // learnt, but the other fields are learnt without it (else it moves how pairs without periods are weighed)
            MatchModel withoutPeriods = residence ? em.estimate(withoutPeriods(entry.getValue()), randomU) : fitted;
            for (Field field : comparisons.fields()) {
                if (key.needs().contains(field)) {
                    continue;
                }
                long compared = comparedIn(entry.getValue(), field);
                if (compared == 0) {
                    continue;
                }
                MatchModel learnt = field == Field.RESIDENCE ? fitted : withoutPeriods;
                double[] sum = sums[field.ordinal()] == null ? new double[field.levels().size()] : sums[field.ordinal()];
                for (int level = 0; level < sum.length; level++) {
                    sum[level] += learnt.m(field, level) * compared;
                }
                sums[field.ordinal()] = sum;
                weights[field.ordinal()] += compared;
            }
        }
        for (int f = 0; f < sums.length; f++) {
            if (sums[f] != null) {
                for (int level = 0; level < sums[f].length; level++) {
                    sums[f][level] /= weights[f];
                }
            }
        }
        return sums;
    }

    /** How many of the pairs compare the field. */
    private static long comparedIn(Map<Long, Long> patterns, Field field) {
        long compared = 0;
        for (Map.Entry<Long, Long> entry : patterns.entrySet()) {
            if (Comparisons.levelIn(entry.getKey(), field) != Comparisons.MISSING) {
                compared += entry.getValue();
            }
        }
        return compared;
    }

    /** The patterns as if no record had a period at an address (see {@link RenamedAtAMove#withoutPeriods(long)}). */
    private static Map<Long, Long> withoutPeriods(Map<Long, Long> patterns) {
        Map<Long, Long> without = new HashMap<>();
        patterns.forEach((pattern, count) -> without.merge(RenamedAtAMove.withoutPeriods(pattern), count, Long::sum));
        return without;
    }

    /**
     * True when the pair agrees exactly on every one of the fields. Training on a key uses only such
     * pairs: in a large council most pairs sharing a name's sounds are strangers, and EM would
     * otherwise split them by how well the names agree instead of into matches and non-matches.
     */
    private static boolean exactOn(long pattern, java.util.Set<Field> fields) {
        for (Field field : fields) {
            if (Comparisons.levelIn(pattern, field) != 0) {
                return false;
            }
        }
        return true;
    }

    /** How often each level shows among random pairs (nearly all non-matches): EM's starting u. */
    private static double[][] randomU(RecordTable table, Comparisons comparisons, boolean twoSets) {
        double[][] counts = new double[Field.values().length][];
        for (Field field : comparisons.fields()) {
            counts[field.ordinal()] = new double[field.levels().size()];
        }
        if (table.size >= 2) {
            SplittableRandom random = new SplittableRandom(SEED);
            int samples = (int) Math.min(RANDOM_PAIRS, Math.max(MIN_RANDOM_PAIRS, 50L * table.size));
            for (int n = 0; n < samples; n++) {
                int a = random.nextInt(table.size);
                int b = random.nextInt(table.size);
                if (a == b || twoSets && table.side[a] == table.side[b]) {
                    continue;
                }
                long pattern = comparisons.pattern(Math.min(a, b), Math.max(a, b));
                for (Field field : comparisons.fields()) {
                    int level = Comparisons.levelIn(pattern, field);
                    if (level != Comparisons.MISSING) {
                        counts[field.ordinal()][level]++;
                    }
                }
            }
        }
        for (Field field : comparisons.fields()) {
            double[] c = counts[field.ordinal()];
            double total = 0;
            for (int l = 0; l < c.length; l++) {
                c[l] += 1;
                total += c[l];
            }
            for (int l = 0; l < c.length; l++) {
                c[l] /= total;
            }
        }
        return counts;
    }

    /**
     * The pairs at least possible, decided link or possible. With {@code unsure} given (one-to-one
     * mode), the pairs below "possible" whose fields still speak for one person are collected there.
     * None where the model found no matches (see {@link MatchModel#findsMatches()}).
     */
    private List<ScoredPair> decide(Candidates candidates, MatchModel model, boolean placesKnown, List<ScoredPair> unsure) {
        if (!model.findsMatches()) {
            return new ArrayList<>();
        }
        PatternIds ids = new PatternIds();
        List<double[]> scores = new ArrayList<>();
        List<ScoredPair> kept = new ArrayList<>();
        for (int i = 0; i < candidates.size(); i++) {
            long pattern = candidates.pattern(i);
            int id = ids.id(pattern);
            if (id == scores.size()) {
                scores.add(new double[] {model.probability(pattern), model.weight(pattern)});
            }
            double[] score = scores.get(id);
            if (conflictingIdentifiers(pattern)) {
                continue;
            }
            if (score[0] >= settings.possibleAt()) {
                boolean link = score[0] >= settings.linkAt() && !heldAtPossible(pattern, placesKnown);
                kept.add(new ScoredPair(candidates.left(i), candidates.right(i), score[0], score[1], pattern,
                        link ? ScoredPair.Decision.LINK : ScoredPair.Decision.POSSIBLE));
            } else if (unsure != null && score[1] > 0 && !heldAtPossible(pattern, placesKnown)) {
                unsure.add(new ScoredPair(candidates.left(i), candidates.right(i), score[0], score[1], pattern,
                        ScoredPair.Decision.POSSIBLE));
            }
        }
        return kept;
    }

    /**
     * One-to-one mode: the records left unlinked are offered their remaining candidates again (the
     * possible matches and the unsure pairs below them), weighed with the constraint (see
     * {@link OneToOneAssignment}); the pairs it links replace their possible matches. What the
     * guards hold at "possible" stays so.
     */
    private List<ScoredPair> assignOneToOne(byte[] sides, Clustering clustering, List<ScoredPair> decided, List<ScoredPair> unsure,
                                            boolean placesKnown) {
        decided.stream().filter(p -> p.decision() == ScoredPair.Decision.POSSIBLE && !heldAtPossible(p.pattern(), placesKnown))
                .forEach(unsure::add);
        java.util.Set<Long> now = new java.util.HashSet<>();
        List<ScoredPair> joined = new ArrayList<>();
        for (ScoredPair pair : new OneToOneAssignment(sides, settings.linkAt()).assign(unsure, clustering.linked())) {
            if (clustering.joinAssigned(pair.left(), pair.right())) {
                now.add((long) pair.left() << 32 | pair.right());
                joined.add(pair);
            }
        }
        if (joined.isEmpty()) {
            return decided;
        }
        List<ScoredPair> result = new ArrayList<>(decided.size() + joined.size());
        decided.stream().filter(p -> !now.contains((long) p.left() << 32 | p.right())).forEach(result::add);
        result.addAll(joined);
        return result;
    }

    /** True when some records carry a place (address, postcode or UPRN), so that households can show at all. */
    private static boolean placed(java.util.Collection<Field> present) {
        return present.contains(Field.ADDRESS) || present.contains(Field.POSTCODE) || present.contains(Field.UPRN);
    }

    /**
     * Pairs of one household are scored by the model's household part (see {@link HouseholdModel}).
     * A pair with no address or postcode to compare cannot be told to be of one household; one that
     * agrees on the family name but whose given names or dates of birth differ outright is therefore
     * at most a possible match, unless an identifier of the person (NHS number, UPN, another shared
     * id) agrees.
     */
    /** The guard below, where the data has places at all (else the model alone decides). */
    private static boolean heldAtPossible(long pattern, boolean placesKnown) {
        return placesKnown && sameFamilyNoPlaceDiffering(pattern);
    }

    static boolean sameFamilyNoPlaceDiffering(long pattern) {
        int birth = Comparisons.levelIn(pattern, Field.DATE_OF_BIRTH);
        boolean personDiffers = Comparisons.levelIn(pattern, Field.GIVEN_NAME) == Field.GIVEN_NAME.disagreement()
                || birth == Field.DATE_OF_BIRTH.disagreement();
        int family = Comparisons.levelIn(pattern, Field.FAMILY_NAME);
        int address = Comparisons.levelIn(pattern, Field.ADDRESS);
        int postcode = Comparisons.levelIn(pattern, Field.POSTCODE);
        boolean householdAgrees = family <= 3 && address == Comparisons.MISSING && postcode == Comparisons.MISSING
                && Comparisons.levelIn(pattern, Field.UPRN) == Comparisons.MISSING;
        boolean identifierAgrees = Comparisons.levelIn(pattern, Field.NHS_NUMBER) == 0
                || Comparisons.levelIn(pattern, Field.UPN) == 0 || Comparisons.levelIn(pattern, Field.OTHER_ID) == 0;
        return personDiffers && householdAgrees && !identifierAgrees;
    }

    /**
     * Two different valid NHS numbers, or two different valid unique pupil numbers, are never one
     * person, whatever else agrees: each is given to one person for life, and a slip of the keyboard
     * almost never makes another valid one (both carry a check character).
     */
    private static boolean conflictingIdentifiers(long pattern) {
        return Comparisons.levelIn(pattern, Field.NHS_NUMBER) == Field.NHS_NUMBER.disagreement()
                || Comparisons.levelIn(pattern, Field.UPN) == Field.UPN.disagreement();
    }

    private static int[] representatives(int[] people) {
        int[] first = new int[people.length];
        java.util.Arrays.fill(first, -1);
        int[] personOf = new int[people.length];
        for (int i = 0; i < people.length; i++) {
            if (first[people[i]] < 0) {
                first[people[i]] = i;
            }
            personOf[i] = first[people[i]];
        }
        return personOf;
    }

    private static int largest(int[] people) {
        int[] sizes = new int[people.length];
        int largest = people.length == 0 ? 0 : 1;
        for (int person : people) {
            largest = Math.max(largest, ++sizes[person]);
        }
        return largest;
    }

}

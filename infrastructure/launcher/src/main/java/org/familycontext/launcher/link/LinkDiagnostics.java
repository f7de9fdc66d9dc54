package org.familycontext.launcher.link;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.TreeMap;
import org.familycontext.matching.Field;
import org.familycontext.matching.FieldAgreement;
import org.familycontext.matching.LinkResult;
import org.familycontext.matching.LinkSettings;
import org.familycontext.matching.MatchModel;
import org.familycontext.matching.PersonRecord;
import org.familycontext.matching.ScoredPair;

/**
 * What {@code ./fc bench link --verbose} prints for one data set: true pairs missed (by kind and
 * comparison pattern, with examples), wrong links (by pattern, with examples), what each blocking
 * key alone found, pairs completeness, and the estimated model. Synthetic or public data only.
 */
public final class LinkDiagnostics {

    private static final int EXAMPLES = 8;
    private static final int REFUSED_MERGES_SHOWN = 6;

    private final List<PersonRecord> records;
    private final LinkResult result;
    private final String[] truth;
    private final LinkSettings settings = LinkSettings.defaults();

    public LinkDiagnostics(List<PersonRecord> records, LinkResult result, String[] truth) {
        this.records = records;
        this.result = result;
        this.truth = truth;
    }

    /** Prints everything; with {@code across}, only pairs of records on different sides count. */
    public void print(int[] side, boolean across) {
        Map<String, Integer> missedKinds = new TreeMap<>();
        Map<String, Integer> missedPatterns = new HashMap<>();
        Map<String, Integer> onlyKey = new TreeMap<>();
        long truePairs = 0;
        long compared = 0;
        int shown = 0;
        int refusedShown = 0;
        for (int[] pair : truePairs(side, across)) {
            int a = pair[0];
            int b = pair[1];
            truePairs++;
            boolean wasCompared = result.scorer().compared(a, b);
            compared += wasCompared ? 1 : 0;
            List<String> keys = result.scorer().keysShared(a, b);
            if (keys.size() == 1) {
                onlyKey.merge(keys.get(0), 1, Integer::sum);
            }
            if (result.personOf()[a] == result.personOf()[b]) {
                continue;
            }
            double p = result.scorer().probability(a, b);
            String strength = p < settings.possibleAt() ? "below possible" : p < settings.linkAt() ? "possible" : "link-strength";
            String kind = wasCompared ? "compared, " + (p < settings.linkAt() ? strength : "link-strength (guard or clustering)")
                    : "not compared, would score " + strength;
            missedKinds.merge(kind, 1, Integer::sum);
            missedPatterns.merge(kind.substring(0, 12) + " " + signature(result.scorer().explain(a, b)), 1, Integer::sum);
            if (shown++ < EXAMPLES) {
                System.out.printf(Locale.ROOT, "    missed %s | %s (%s, p=%.4f): %s%n", show(a), show(b),
                        wasCompared ? "compared" : "not compared", p, result.scorer().explain(a, b));
            }
            if (wasCompared && p >= settings.linkAt() && refusedShown++ < REFUSED_MERGES_SHOWN) {
                showPeopleOf(a, b);
            }
        }
        printWrongLinks();
        System.out.println("    missed true pairs by kind: " + missedKinds);
        System.out.println("    true pairs found by one key only: " + onlyKey);
        printTop(missedPatterns, 12);
        printPossible();
        System.out.printf(Locale.ROOT, "    blocking: %d of %d true pairs compared (pairs completeness %.4f); %s%n", compared, truePairs,
                truePairs == 0 ? 1.0 : (double) compared / truePairs, result.statistics().blocking());
        printModel(result.model());
    }

    /** Every pair of records the truth says are one person. */
    private List<int[]> truePairs(int[] side, boolean across) {
        Map<String, List<Integer>> people = new HashMap<>();
        for (int i = 0; i < truth.length; i++) {
            people.computeIfAbsent(truth[i], k -> new ArrayList<>()).add(i);
        }
        List<int[]> pairs = new ArrayList<>();
        for (List<Integer> members : people.values()) {
            for (int x = 0; x < members.size(); x++) {
                for (int y = x + 1; y < members.size(); y++) {
                    if (!across || side[members.get(x)] != side[members.get(y)]) {
                        pairs.add(new int[] {members.get(x), members.get(y)});
                    }
                }
            }
        }
        return pairs;
    }

    /** The two people a strong true pair ended in: why clustering kept them apart. */
    private void showPeopleOf(int a, int b) {
        System.out.println("    link-strength miss " + show(a) + " | " + show(b));
        for (int k = 0; k < records.size(); k++) {
            int person = result.personOf()[k];
            if (person == result.personOf()[a] || person == result.personOf()[b]) {
                System.out.println("       " + (person == result.personOf()[a] ? "A " : "B ") + truth[k] + " " + show(k));
            }
        }
    }

    private void printWrongLinks() {
        Map<String, Integer> wrongPatterns = new HashMap<>();
        int shown = 0;
        for (ScoredPair pair : result.pairs()) {
            if (pair.decision() != ScoredPair.Decision.LINK || truth[pair.left()].equals(truth[pair.right()])) {
                continue;
            }
            List<FieldAgreement> why = result.scorer().explain(pair.left(), pair.right());
            wrongPatterns.merge(signature(why), 1, Integer::sum);
            if (shown++ < EXAMPLES) {
                System.out.printf(Locale.ROOT, "    wrong link %s | %s (p=%.4f): %s%n", show(pair.left()), show(pair.right()),
                        pair.probability(), why);
            }
        }
        System.out.println("    wrong links by pattern:");
        printTop(wrongPatterns, 10);
    }

    /**
     * The possible matches by pattern, with how many of them are one person: whether the threshold
     * holds back pairs that are nearly always true (the model underrates the pattern) or pairs
     * that are often two people (rightly held).
     */
    private void printPossible() {
        Map<String, int[]> byPattern = new HashMap<>();
        for (ScoredPair pair : result.pairs()) {
            if (pair.decision() == ScoredPair.Decision.POSSIBLE) {
                int[] counts = byPattern.computeIfAbsent(signature(result.scorer().explain(pair.left(), pair.right())), k -> new int[2]);
                counts[0]++;
                counts[1] += truth[pair.left()].equals(truth[pair.right()]) ? 1 : 0;
            }
        }
        System.out.println("    possible matches by pattern (how many are one person):");
        byPattern.entrySet().stream().sorted((x, y) -> Integer.compare(y.getValue()[0], x.getValue()[0])).limit(8)
                .forEach(e -> System.out.printf(Locale.ROOT, "      %d x, %d one person (%.3f): %s%n", e.getValue()[0],
                        e.getValue()[1], (double) e.getValue()[1] / e.getValue()[0], e.getKey()));
    }

    private static void printTop(Map<String, Integer> counts, int limit) {
        counts.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(limit)
                .forEach(e -> System.out.println("      " + e.getValue() + " x " + e.getKey()));
    }

    private static void printModel(MatchModel model) {
        System.out.printf(Locale.ROOT, "    prior %.5f; among household pairs %.4f%n", model.prior(),
                model.householdPrior().orElse(Double.NaN));
        for (Field field : model.fields()) {
            StringBuilder line = new StringBuilder("    " + field.configName() + ":");
            for (int l = 0; l < field.levels().size(); l++) {
                line.append(String.format(Locale.ROOT, " %s m=%.4f u=%.4f (%.1f);", field.levels().get(l), model.m(field, l),
                        model.u(field, l), model.weight(field, l)));
                OptionalDouble household = model.householdU(field, l);
                if (household.isPresent()) {
                    line.append(String.format(Locale.ROOT, " [household u=%.4f]", household.getAsDouble()));
                }
            }
            System.out.println(line);
        }
    }

    /** The pair's comparison levels, short: field=level for each compared field. */
    private static String signature(List<FieldAgreement> agreements) {
        StringBuilder text = new StringBuilder();
        for (FieldAgreement agreement : agreements) {
            text.append(agreement.field().configName()).append('=').append(agreement.level()).append(' ');
        }
        return text.toString().trim();
    }

    /** A benchmark record as text: synthetic or public data only, never a council's. */
    private String show(int i) {
        PersonRecord r = records.get(i);
        return String.join(";", java.util.Arrays.asList(r.id(), r.givenName(), r.familyName(), r.dateOfBirth().packed() + "",
                r.postcode(), r.address(), r.nhsNumber(), r.upn()));
    }
}

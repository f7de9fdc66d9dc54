package org.familycontext.matching;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How pairs that agree on what a household shares are scored. Members of one household share a
 * family name and an address (often a phone too), so among such pairs the non-matches are parents,
 * children, siblings and twins, not strangers: agreement on a date of birth or a given name is far
 * less rare among them than among random pairs. Treating the fields as independent would let the
 * shared family name and address outweigh a different given name (twins) or date of birth (a father
 * and son of one name).
 * <p>
 * For these pairs the model keeps m (how a person's own records differ does not depend on whom they
 * live with) but uses u and the match share estimated from the household pairs themselves, by EM
 * with m held. Where the data has no households (every non-match a stranger), few such pairs are
 * non-matches and the estimate stays near the random-pair u; where it has many, twins and
 * same-name relatives show up in u.
 */
final class HouseholdModel {

    /** What a household shares: these fields define the stratum and are not scored within it. */
    static final Set<Field> SHARED = shared();

    private static Set<Field> shared() {
        Set<Field> shared = EnumSet.copyOf(MatchModel.LOCATION);
        shared.add(Field.FAMILY_NAME);
        return java.util.Collections.unmodifiableSet(shared);
    }

    private static final int MAX_ITERATIONS = 200;
    private static final double CONVERGED = 1e-7;
    /** How many pairs' worth of the random-pair u each field's household u starts from. */
    private static final double PRIOR_PAIRS = 20;
    private static final double FLOOR = 1e-9;
    /**
     * The least share of household non-matches assumed to share a date of birth (twins and other
     * multiple births) or a given name (a parent's name passed on). The data cannot tell twins from
     * one person whose given name was recorded wrongly (both agree on all but the given name), so
     * the model does not let the data argue that twins do not exist.
     */
    static final double RELATIVES_ALIKE = 0.01;

    private final double prior;
    private final double[][] u;

    HouseholdModel(double prior, double[][] u) {
        this.prior = Math.min(1 - FLOOR, Math.max(FLOOR, prior));
        this.u = u;
    }

    /**
     * True when the pair agrees on the family name (up to "alike") and on the home: the same UPRN,
     * the same address, a similar address in the same postcode (or with no postcode to compare), or
     * (where the records have no address) the same postcode. A shared postcode with a different
     * address is neighbours, and so is a similar address in another postcode (another flat of the
     * same name of building), not a household.
     */
    static boolean applies(long pattern) {
        int family = Comparisons.levelIn(pattern, Field.FAMILY_NAME);
        int address = Comparisons.levelIn(pattern, Field.ADDRESS);
        int postcode = Comparisons.levelIn(pattern, Field.POSTCODE);
        boolean samePostcode = postcode == 0 || postcode == Comparisons.MISSING;
        return family <= 3 && (Comparisons.levelIn(pattern, Field.UPRN) == 0 || address == 0
                || address == 1 && samePostcode || address == Comparisons.MISSING && postcode == 0);
    }

    /** The share of household pairs that are one person. */
    double prior() {
        return prior;
    }

    boolean covers(Field field) {
        return u[field.ordinal()] != null;
    }

    double u(Field field, int level) {
        return u[field.ordinal()][level];
    }

    /** log2 of the odds that a household pair with this pattern is one person. */
    double logOdds(long pattern, MatchModel model) {
        double odds = log2(prior / (1 - prior));
        for (Field field : model.fieldArray()) {
            if (!SHARED.contains(field)) {
                odds += weight(field, Comparisons.levelIn(pattern, field), model);
            }
        }
        return odds;
    }

    /** log2(m / household u) for a field's level; 0 when the field is missing. */
    double weight(Field field, int level, MatchModel model) {
        if (level == Comparisons.MISSING) {
            return 0;
        }
        return log2(Math.max(FLOOR, model.m(field, level)) / Math.max(FLOOR, u[field.ordinal()][level]));
    }

    /**
     * Estimates the household share and u from the household pairs among the candidates, with m
     * held at the model's.
     *
     * @param patterns the household pairs' patterns with how many pairs have each
     */
    static HouseholdModel estimate(Map<Long, Long> patterns, MatchModel model) {
        List<Field> scored = model.fields().stream().filter(f -> !SHARED.contains(f)).toList();
        double[][] u = new double[Field.values().length][];
        double[][] randomU = new double[Field.values().length][];
        for (Field field : scored) {
            randomU[field.ordinal()] = randomU(field, model);
            u[field.ordinal()] = relativesAlike(field, randomU[field.ordinal()].clone());
        }
        double prior = 0.5;
        for (int iteration = 0; iteration < MAX_ITERATIONS && !patterns.isEmpty(); iteration++) {
            HouseholdModel current = new HouseholdModel(prior, u);
            double[][] sums = new double[Field.values().length][];
            for (Field field : scored) {
                sums[field.ordinal()] = new double[field.levels().size()];
            }
            double matched = 0;
            double total = 0;
            for (Map.Entry<Long, Long> e : patterns.entrySet()) {
                double odds = Math.pow(2, current.logOdds(e.getKey(), model));
                double g = Double.isInfinite(odds) ? 1 : odds / (1 + odds);
                matched += g * e.getValue();
                total += e.getValue();
                for (Field field : scored) {
                    int level = Comparisons.levelIn(e.getKey(), field);
                    if (level != Comparisons.MISSING) {
                        sums[field.ordinal()][level] += (1 - g) * e.getValue();
                    }
                }
            }
            // one pair's worth each way, so that a handful of household pairs cannot make the share certain
            double share = (matched + 1) / (total + 2);
            double change = Math.abs(share - prior);
            prior = share;
            double[][] next = new double[Field.values().length][];
            for (Field field : scored) {
                next[field.ordinal()] = relativesAlike(field, smoothed(sums[field.ordinal()], randomU[field.ordinal()]));
                for (int level = 0; level < next[field.ordinal()].length; level++) {
                    change = Math.max(change, Math.abs(next[field.ordinal()][level] - u[field.ordinal()][level]));
                }
            }
            u = next;
            if (change < CONVERGED) {
                break;
            }
        }
        return new HouseholdModel(prior, u);
    }

    /** u with the exact level of date of birth and given name raised to {@link #RELATIVES_ALIKE} where it is below. */
    private static double[] relativesAlike(Field field, double[] u) {
        if (field == Field.DATE_OF_BIRTH || field == Field.GIVEN_NAME) {
            atLeast(u, 0, RELATIVES_ALIKE);
        }
        return u;
    }

    /** Raises one level's share to at least the given value, taking the difference from the others in proportion. */
    private static void atLeast(double[] shares, int level, double least) {
        if (shares[level] >= least) {
            return;
        }
        double others = 1 - shares[level];
        for (int l = 0; l < shares.length; l++) {
            shares[l] = l == level ? least : shares[l] * (1 - least) / others;
        }
    }

    private static double[] randomU(Field field, MatchModel model) {
        double[] u = new double[field.levels().size()];
        for (int level = 0; level < u.length; level++) {
            u[level] = model.u(field, level);
        }
        return u;
    }

    private static double[] smoothed(double[] counts, double[] randomU) {
        double total = PRIOR_PAIRS;
        for (double c : counts) {
            total += c;
        }
        double[] u = new double[counts.length];
        for (int level = 0; level < u.length; level++) {
            u[level] = (counts[level] + PRIOR_PAIRS * randomU[level]) / total;
        }
        return u;
    }

    /** The parameters as plain values: the share and, per scored field, u per level. */
    Map<String, Object> toValues(MatchModel model) {
        Map<String, Object> fieldValues = new LinkedHashMap<>();
        for (Field field : model.fields()) {
            if (!SHARED.contains(field)) {
                fieldValues.put(field.configName(), java.util.Arrays.stream(u[field.ordinal()]).boxed().toList());
            }
        }
        return Map.of("prior", prior, "u", fieldValues);
    }

    /** Read back from {@link #toValues(MatchModel)}. */
    @SuppressWarnings("unchecked")
    static HouseholdModel fromValues(Map<String, Object> values) {
        Map<String, Object> fieldValues = (Map<String, Object>) values.get("u");
        double[][] u = new double[Field.values().length][];
        fieldValues.forEach((name, levels) -> {
            Field field = Field.ofConfigName(name);
            List<Number> list = (List<Number>) levels;
            if (list.size() != field.levels().size()) {
                throw new IllegalArgumentException(name + " has " + field.levels().size() + " levels, not " + list.size());
            }
            u[field.ordinal()] = list.stream().mapToDouble(Number::doubleValue).toArray();
        });
        return new HouseholdModel(((Number) values.get("prior")).doubleValue(), u);
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

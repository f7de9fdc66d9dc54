package org.familycontext.assembly.linkage;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Fellegi-Sunter parameters: for every compared field and level, m (how often a true match shows
 * that level) and u (how often a non-match does), and the share of compared pairs that match. A
 * pair's weight is the sum over its fields of log2(m / u); with the prior it gives the probability
 * that the two records are the same person.
 */
public final class MatchModel {

    private static final double FLOOR = 1e-9;

    private final Field[] fields;
    private final double[][] m;
    private final double[][] u;
    private final double prior;

    MatchModel(Field[] fields, double[][] m, double[][] u, double prior) {
        this.fields = fields.clone();
        this.m = m;
        this.u = u;
        this.prior = Math.min(1 - FLOOR, Math.max(FLOOR, prior));
    }

    /** The fields the model compares. */
    public List<Field> fields() {
        return List.of(fields);
    }

    /** m for a field's level (indexes as in {@link Field#levels()}). */
    public double m(Field field, int level) {
        return m[field.ordinal()][level];
    }

    public double u(Field field, int level) {
        return u[field.ordinal()][level];
    }

    /** The share of compared (candidate) pairs that are matches. */
    public double prior() {
        return prior;
    }

    /** log2(m / u) for a field's level: how much that level says for (positive) or against a match. */
    public double weight(Field field, int level) {
        if (level == Comparisons.MISSING) {
            return 0;
        }
        return log2(Math.max(FLOOR, m[field.ordinal()][level]) / Math.max(FLOOR, u[field.ordinal()][level]));
    }

    /** The sum of the field weights of a pattern. */
    public double weight(long pattern) {
        double weight = 0;
        for (Field field : fields) {
            weight += weight(field, Comparisons.levelIn(pattern, field));
        }
        return weight;
    }

    /** The probability that a pair with this pattern is one person. */
    public double probability(long pattern) {
        double odds = Math.pow(2, weight(pattern)) * prior / (1 - prior);
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    /** Why a pattern scores as it does: each compared field's level and weight. */
    public List<FieldAgreement> explain(long pattern) {
        List<FieldAgreement> agreements = new ArrayList<>();
        for (Field field : fields) {
            int level = Comparisons.levelIn(pattern, field);
            if (level != Comparisons.MISSING) {
                agreements.add(new FieldAgreement(field, field.levels().get(level), weight(field, level)));
            }
        }
        return agreements;
    }

    /** The same m with other u values and prior. */
    MatchModel withU(double[][] otherU, double otherPrior) {
        return new MatchModel(fields, m, copy(otherU), otherPrior);
    }

    /** The same model with some m and u values replaced (from configuration). */
    MatchModel overridden(Map<Field, Map<String, double[]>> overrides) {
        double[][] m2 = copy(m);
        double[][] u2 = copy(u);
        overrides.forEach((field, levels) -> levels.forEach((level, mu) -> {
            int index = field.levels().indexOf(level);
            if (index < 0) {
                throw new IllegalArgumentException(field.configName() + " has no level \"" + level + "\"; it has "
                        + String.join(", ", field.levels()));
            }
            if (!Double.isNaN(mu[0])) {
                m2[field.ordinal()][index] = mu[0];
            }
            if (!Double.isNaN(mu[1])) {
                u2[field.ordinal()][index] = mu[1];
            }
        }));
        return new MatchModel(fields, m2, u2, prior);
    }

    private static double[][] copy(double[][] table) {
        double[][] copy = new double[table.length][];
        for (int i = 0; i < table.length; i++) {
            copy[i] = table[i] == null ? null : Arrays.copyOf(table[i], table[i].length);
        }
        return copy;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}

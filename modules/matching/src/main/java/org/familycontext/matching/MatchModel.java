package org.familycontext.matching;

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
    /** Which edition of the comparison levels a stored model's m and u were estimated under. */
    private static final String RULES_KEY = "comparisons";
    /** Fields that describe the same place and count once between them. */
    static final java.util.Set<Field> LOCATION = java.util.EnumSet.of(Field.ADDRESS, Field.POSTCODE, Field.CITY, Field.UPRN);

    private final Field[] fields;
    private final double[][] m;
    private final double[][] u;
    private final double prior;
    private final HouseholdModel household;

    private final double[][] weights;
    private final double priorOdds;

    MatchModel(Field[] fields, double[][] m, double[][] u, double prior) {
        this(fields, m, u, prior, null);
    }

    private MatchModel(Field[] fields, double[][] m, double[][] u, double prior, HouseholdModel household) {
        this.fields = fields.clone();
        this.m = m;
        this.u = u;
        this.household = household;
        this.prior = Math.min(1 - FLOOR, Math.max(FLOOR, prior));
        this.priorOdds = this.prior / (1 - this.prior);
        this.weights = new double[m.length][];
        for (Field field : this.fields) {
            int f = field.ordinal();
            weights[f] = new double[m[f].length];
            for (int level = 0; level < m[f].length; level++) {
                weights[f][level] = log2(Math.max(FLOOR, m[f][level]) / Math.max(FLOOR, u[f][level]));
            }
        }
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

    /** u among household pairs for a field's level, when the model has a household part. */
    public java.util.OptionalDouble householdU(Field field, int level) {
        return household == null || HouseholdModel.SHARED.contains(field) ? java.util.OptionalDouble.empty()
                : java.util.OptionalDouble.of(household.u(field, level));
    }

    /** The share of household pairs that are one person, when the model has a household part. */
    public java.util.OptionalDouble householdPrior() {
        return household == null ? java.util.OptionalDouble.empty() : java.util.OptionalDouble.of(household.prior());
    }

    /** The share of compared (candidate) pairs that are matches. */
    public double prior() {
        return prior;
    }

    /**
     * False when the estimate found no matches: among the pairs it takes for one person, each of the
     * given name, family name and date of birth (those the model compares, and whose m the pairs
     * moved from where it started) more often differs than agrees exactly. That is what EM gives where no record has its counterpart among the others
     * (two sets that do not overlap): it must still split the pairs in two, and takes some chance
     * agreement, such as names written the other way round, for the matches. Such a model links
     * nothing.
     */
    public boolean findsMatches() {
        boolean judged = false;
        for (Field field : List.of(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.DATE_OF_BIRTH)) {
            if (!Arrays.asList(fields).contains(field) || m(field, 0) == m(field, field.disagreement())) {
                // not compared, or compared in no pair EM saw (its m is as even as it started): it says nothing
                continue;
            }
            judged = true;
            if (m(field, 0) > m(field, field.disagreement())) {
                return true;
            }
        }
        return !judged;
    }

    /** log2(m / u) for a field's level: how much that level says for (positive) or against a match. */
    public double weight(Field field, int level) {
        return level == Comparisons.MISSING ? 0 : weights[field.ordinal()][level];
    }

    /**
     * The pair's weight: the sum of the field weights, except that address, postcode and town are not
     * independent (they describe one place): between them they count as their sum, but never more
     * than the strongest agreement among them nor less than the strongest disagreement.
     */
    public double weight(long pattern) {
        if (household != null && HouseholdModel.applies(pattern)) {
            return household.logOdds(pattern, this) - log2(priorOdds);
        }
        return independentWeight(pattern);
    }

    private double independentWeight(long pattern) {
        double weight = 0;
        double place = 0;
        double strongest = 0;
        double weakest = 0;
        for (Field field : fields) {
            int level = Comparisons.levelIn(pattern, field);
            double w = weight(field, level);
            if (!LOCATION.contains(field)) {
                weight += w;
            } else if (level != Comparisons.MISSING) {
                place += w;
                strongest = Math.max(strongest, w);
                weakest = Math.min(weakest, w);
            }
        }
        return weight + Math.max(weakest, Math.min(strongest, place));
    }

    /**
     * What the pair's fields say, in bits, against the pairs it is drawn from: the sum of its field
     * weights without any prior. Positive: the fields speak for one person; negative: against. A
     * household pair is weighed against other household pairs (see {@link HouseholdModel}), so a
     * mother and daughter of one name at one address, born years apart, come out negative.
     */
    public double evidence(long pattern) {
        if (household != null && HouseholdModel.applies(pattern)) {
            return household.logOdds(pattern, this) - log2(household.prior() / (1 - household.prior()));
        }
        return independentWeight(pattern);
    }

    /** What address, postcode and town add together, as {@link #weight(long)} counts them. */
    double placeWeight(long pattern) {
        double withPlace = independentWeight(pattern);
        double without = 0;
        for (Field field : fields) {
            if (!LOCATION.contains(field)) {
                without += weight(field, Comparisons.levelIn(pattern, field));
            }
        }
        return withPlace - without;
    }

    /** The probability that a pair with this pattern is one person. */
    public double probability(long pattern) {
        double odds = Math.pow(2, weight(pattern)) * priorOdds;
        return Double.isInfinite(odds) ? 1.0 : odds / (1 + odds);
    }

    /**
     * Why a pattern scores as it does: each compared field's level and weight, summing to the pair's
     * weight. Address, postcode and town show their share of what they add together (see
     * {@link #weight(long)}). For a household pair (see {@link HouseholdModel}) the person's own
     * fields show their weight among household pairs, and family name and place share what being of
     * one household says.
     */
    public List<FieldAgreement> explain(long pattern) {
        List<FieldAgreement> independent = explainIndependent(pattern);
        if (household == null || !HouseholdModel.applies(pattern)) {
            return independent;
        }
        double personal = 0;
        double sharedSum = 0;
        int sharedCount = 0;
        for (FieldAgreement agreement : independent) {
            if (HouseholdModel.SHARED.contains(agreement.field())) {
                sharedSum += agreement.weight();
                sharedCount++;
            } else {
                personal += household.weight(agreement.field(), agreement.field().levels().indexOf(agreement.level()), this);
            }
        }
        double shared = weight(pattern) - personal;
        List<FieldAgreement> agreements = new ArrayList<>();
        for (FieldAgreement agreement : independent) {
            Field field = agreement.field();
            double w = HouseholdModel.SHARED.contains(field)
                    ? sharedSum > 0 ? shared * agreement.weight() / sharedSum : shared / sharedCount
                    : household.weight(field, field.levels().indexOf(agreement.level()), this);
            agreements.add(new FieldAgreement(field, agreement.level(), w));
        }
        return agreements;
    }

    private List<FieldAgreement> explainIndependent(long pattern) {
        List<FieldAgreement> agreements = new ArrayList<>();
        double placeSum = 0;
        for (Field field : fields) {
            int level = Comparisons.levelIn(pattern, field);
            if (LOCATION.contains(field) && level != Comparisons.MISSING) {
                placeSum += weight(field, level);
            }
        }
        // the place's fields share what they add together in proportion to their own weights
        double scale = placeSum == 0 ? 0 : placeWeight(pattern) / placeSum;
        for (Field field : fields) {
            int level = Comparisons.levelIn(pattern, field);
            if (level != Comparisons.MISSING) {
                double w = weight(field, level);
                agreements.add(new FieldAgreement(field, field.levels().get(level), LOCATION.contains(field) ? w * scale : w));
            }
        }
        return agreements;
    }

    /** The parameters as plain values (field name: m and u per level; the prior), to store and read back. */
    public Map<String, Object> toValues() {
        Map<String, Object> fieldValues = new java.util.LinkedHashMap<>();
        for (Field field : fields) {
            fieldValues.put(field.configName(), Map.of("m", toList(m[field.ordinal()]), "u", toList(u[field.ordinal()])));
        }
        Map<String, Object> values = new java.util.LinkedHashMap<>();
        values.put(RULES_KEY, Comparisons.RULES);
        values.put("prior", prior);
        values.put("fields", fieldValues);
        if (household != null) {
            values.put("household", household.toValues(this));
        }
        return values;
    }

    /**
     * A model read back from {@link #toValues()}.
     *
     * @throws IllegalArgumentException when the values do not describe a model
     */
    @SuppressWarnings("unchecked")
    public static MatchModel fromValues(Map<String, Object> values) {
        try {
            if (!Integer.valueOf(Comparisons.RULES).equals(values.get(RULES_KEY))) {
                throw new IllegalArgumentException("a stored match model estimated under other comparison rules ("
                        + RULES_KEY + " " + values.get(RULES_KEY) + ", now " + Comparisons.RULES + ")");
            }
            Map<String, Object> fieldValues = (Map<String, Object>) values.get("fields");
            double[][] m = new double[Field.values().length][];
            double[][] u = new double[Field.values().length][];
            List<Field> fields = new ArrayList<>();
            for (Map.Entry<String, Object> e : fieldValues.entrySet()) {
                Field field = Field.ofConfigName(e.getKey());
                Map<String, Object> mu = (Map<String, Object>) e.getValue();
                m[field.ordinal()] = toArray((List<Number>) mu.get("m"), field);
                u[field.ordinal()] = toArray((List<Number>) mu.get("u"), field);
                fields.add(field);
            }
            if (!values.containsKey("household")) {
                throw new IllegalArgumentException("a stored match model without its household part (stored by an earlier version)");
            }
            HouseholdModel household = HouseholdModel.fromValues((Map<String, Object>) values.get("household"));
            for (Field field : fields) {
                if (!HouseholdModel.SHARED.contains(field) && !household.covers(field)) {
                    throw new IllegalArgumentException("the stored household part has no u for " + field.configName());
                }
            }
            return new MatchModel(fields.toArray(Field[]::new), m, u, ((Number) values.get("prior")).doubleValue(), household);
        } catch (ClassCastException | NullPointerException e) {
            throw new IllegalArgumentException("not a stored match model", e);
        }
    }

    private static List<Double> toList(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }

    private static double[] toArray(List<Number> values, Field field) {
        if (values.size() != field.levels().size()) {
            throw new IllegalArgumentException(field.configName() + " has " + field.levels().size() + " levels, not " + values.size());
        }
        return values.stream().mapToDouble(Number::doubleValue).toArray();
    }

    /** The same parameters with another prior. */
    MatchModel withPrior(double otherPrior) {
        return new MatchModel(fields, m, u, otherPrior, household);
    }

    /** This model's m with m of the given fields replaced (per field ordinal; null keeps this model's). */
    MatchModel withM(double[][] otherM) {
        double[][] m2 = copy(m);
        for (int f = 0; f < otherM.length; f++) {
            if (otherM[f] != null) {
                m2[f] = otherM[f].clone();
            }
        }
        return new MatchModel(fields, m2, u, prior, household);
    }

    /** The same m with other u values and prior. */
    MatchModel withU(double[][] otherU, double otherPrior) {
        return new MatchModel(fields, m, copy(otherU), otherPrior, household);
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
        return new MatchModel(fields, m2, u2, prior, household);
    }

    /** The same model with the given household part. */
    MatchModel withHousehold(HouseholdModel estimated) {
        return new MatchModel(fields, m, u, prior, estimated);
    }

    /** The compared fields (the model's own array: not to be changed). */
    Field[] fieldArray() {
        return fields;
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

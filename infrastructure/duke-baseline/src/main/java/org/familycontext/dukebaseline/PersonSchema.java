package org.familycontext.dukebaseline;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import no.priv.garshol.duke.Cleaner;
import no.priv.garshol.duke.Comparator;
import no.priv.garshol.duke.ConfigurationImpl;
import no.priv.garshol.duke.Property;
import no.priv.garshol.duke.PropertyImpl;
import no.priv.garshol.duke.RecordImpl;
import no.priv.garshol.duke.cleaners.DigitsOnlyCleaner;
import no.priv.garshol.duke.cleaners.LowerCaseNormalizeCleaner;
import no.priv.garshol.duke.comparators.ExactComparator;
import no.priv.garshol.duke.comparators.Levenshtein;
import no.priv.garshol.duke.comparators.WeightedLevenshtein;
import no.priv.garshol.duke.databases.LuceneDatabase;

/**
 * The Duke configuration for person records, built with Duke's Java API (no XML): one Duke
 * property per canonical field present in the input, each value cleaned before Duke sees it (as
 * a cleaner on a Duke data source column would), an identity property, and the threshold.
 *
 * <p>Each property has Duke's pair of probabilities: {@code high} is where an exact agreement
 * moves the match probability (from a neutral 0.5), {@code low} where a disagreement (similarity
 * under 0.5) moves it; Duke combines the properties as independent evidence (naive Bayes) and
 * maps a similarity {@code s >= 0.5} to {@code 0.5 + (high - 0.5) * s * s}. Values are in the
 * range of Duke's own examples, with these deliberate choices:
 * <ul>
 * <li>Names use Levenshtein, not Jaro-Winkler: Duke turns any similarity of 0.5 or more into
 *     evidence <em>for</em> a match, and Jaro-Winkler scores unrelated names 0.5-0.7.</li>
 * <li>Date of birth is compared exactly, with a strong disagreement ({@code low} 0.15): an edit
 *     distance over dates scores siblings' birth dates as similar.</li>
 * <li>Address, postcode, city and gender are moderate: they are correlated (Duke would count the
 *     same household several times over), so that people of one household (same family name,
 *     address, postcode, city and gender, another given name and date of birth) stay below the
 *     threshold.</li>
 * </ul>
 *
 * <p>Candidate search (Duke's Lucene "lookup") is set per property rather than left to Duke's
 * default, which looks up only the fewest properties whose {@code high} alone reach the threshold
 * (with an NHS number present, only the NHS number: records without the same NHS number would
 * never be compared). The selective fields are looked up; free-text address, city and gender are
 * not (their words are shared by too many records). Everything else about the Lucene database is
 * Duke's default (index in memory, fuzzy search for Levenshtein properties, no hit limit).
 *
 * <p>Duke 1.2 is used as it is, bugs included: its Levenshtein sometimes scores a one-letter
 * insertion or deletion as no difference at all (Duke issue 239: "emma" and "ema" compare as
 * equal), which makes such typos count as exact agreement.
 */
final class PersonSchema {

    /** Duke's match threshold: the combined probability must be above it. */
    static final double THRESHOLD = 0.9;

    /** The name of the Duke identity property (holds an internal id, never the caller's). */
    static final String ID = "_id";

    /** The canonical fields and how Duke treats each one. */
    enum Field {
        GIVEN_NAME("given_name", Clean.TEXT, new Levenshtein(), 0.4, 0.9, true),
        FAMILY_NAME("family_name", Clean.TEXT, new Levenshtein(), 0.4, 0.9, true),
        DATE_OF_BIRTH("date_of_birth", Clean.DIGITS, new ExactComparator(), 0.15, 0.9, true),
        ADDRESS("address", Clean.TEXT, new WeightedLevenshtein(), 0.4, 0.8, false),
        POSTCODE("postcode", Clean.COMPACT, new ExactComparator(), 0.4, 0.6, true),
        CITY("city", Clean.TEXT, new Levenshtein(), 0.45, 0.55, false),
        EMAIL("email", Clean.TEXT, new ExactComparator(), 0.45, 0.9, true),
        PHONE("phone", Clean.PHONE, new ExactComparator(), 0.45, 0.85, true),
        GENDER("gender", Clean.TEXT, new ExactComparator(), 0.2, 0.52, false),
        NHS_NUMBER("nhs_number", Clean.DIGITS, new ExactComparator(), 0.1, 0.98, true),
        UPN("upn", Clean.COMPACT, new ExactComparator(), 0.1, 0.95, true),
        OTHER_ID("other_id", Clean.COMPACT, new ExactComparator(), 0.4, 0.9, true);

        final String canonical;
        final Cleaner cleaner;
        final Comparator comparator;
        final double low;
        final double high;
        final boolean lookup;

        Field(String canonical, Cleaner cleaner, Comparator comparator, double low, double high, boolean lookup) {
            this.canonical = canonical;
            this.cleaner = cleaner;
            this.comparator = comparator;
            this.low = low;
            this.high = high;
            this.lookup = lookup;
        }

        static Field of(String canonical) {
            for (Field field : values()) {
                if (field.canonical.equals(canonical)) {
                    return field;
                }
            }
            throw new IllegalArgumentException("not a canonical field name: " + canonical);
        }

        /** The cleaned value, or null when the value is missing or cleans to nothing. */
        String clean(String value) {
            if (value == null || value.isBlank()) {
                return null;
            }
            String cleaned = cleaner.clean(value);
            return cleaned == null || cleaned.isEmpty() ? null : cleaned;
        }
    }

    /** Cleaners: Duke's own where it has one that fits, small ones of ours where it has not. */
    private static final class Clean {
        /** Lower case, accents stripped, whitespace trimmed and collapsed. */
        static final Cleaner TEXT = new LowerCaseNormalizeCleaner();
        /** Digits only (a date of birth becomes yyyyMMdd: one search token, format-independent). */
        static final Cleaner DIGITS = new DigitsOnlyCleaner();
        /** Lower case with all whitespace removed ("SW1A 1AA" and "sw1a1aa" are the same). */
        static final Cleaner COMPACT = value -> TEXT.clean(value).replace(" ", "");
        /** Digits only, a UK international prefix (+44 / 0044) read as the national 0. */
        static final Cleaner PHONE = value -> {
            String digits = DIGITS.clean(value);
            if (digits == null) {
                return null;
            }
            if (digits.startsWith("0044")) {
                digits = digits.substring(4);
            } else if (digits.startsWith("44") && digits.length() == 12) {
                digits = digits.substring(2);
            } else {
                return digits;
            }
            return digits.startsWith("0") ? digits : "0" + digits;
        };

        private Clean() {
        }
    }

    private PersonSchema() {
    }

    /** The fields that are present (non-blank after cleaning) in at least one of the records. */
    static Set<Field> presentFields(Collection<List<DukeRecord>> sets) {
        Set<Field> present = EnumSet.noneOf(Field.class);
        for (List<DukeRecord> records : sets) {
            for (DukeRecord record : records) {
                for (Map.Entry<String, String> entry : record.fields().entrySet()) {
                    Field field = Field.of(entry.getKey());
                    if (!present.contains(field) && field.clean(entry.getValue()) != null) {
                        present.add(field);
                    }
                }
            }
        }
        return present;
    }

    /**
     * A Duke configuration with one property per present field, the identity property, the
     * threshold, and an in-memory (RAM directory) Lucene database, Duke's default database.
     */
    static ConfigurationImpl configuration(Set<Field> present) {
        ConfigurationImpl config = new ConfigurationImpl();
        // Duke computes the lookup properties inside setProperties() from the threshold then in
        // force, so the threshold must be set first.
        config.setThreshold(THRESHOLD);
        List<Property> properties = new ArrayList<>();
        properties.add(new PropertyImpl(ID));
        for (Field field : present) {
            PropertyImpl property = new PropertyImpl(field.canonical, field.comparator, field.low, field.high);
            property.setLookupBehaviour(field.lookup ? Property.Lookup.TRUE : Property.Lookup.FALSE);
            properties.add(property);
        }
        config.setProperties(properties);
        config.setDatabase(new LuceneDatabase());
        return config;
    }

    /** The Duke record for one input record: the internal id and each present field, cleaned. */
    static RecordImpl toDuke(String internalId, DukeRecord record) {
        RecordImpl duke = new RecordImpl();
        duke.addValue(ID, internalId);
        for (Map.Entry<String, String> entry : record.fields().entrySet()) {
            Field field = Field.of(entry.getKey());
            String cleaned = field.clean(entry.getValue());
            if (cleaned != null) {
                duke.addValue(field.canonical, cleaned);
            }
        }
        return duke;
    }
}

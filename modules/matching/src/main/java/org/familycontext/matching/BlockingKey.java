package org.familycontext.matching;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A blocking key: records with the same key are compared. Several keys are used so that a pair
 * missed by one (a typo in the family name) is found by another (same date of birth). A key needs
 * its fields in the data; a record lacking one gets no key (0).
 */
enum BlockingKey {
    NHS_NUMBER(EnumSet.of(Field.NHS_NUMBER)),
    UPN(EnumSet.of(Field.UPN)),
    OTHER_ID(EnumSet.of(Field.OTHER_ID)),
    FAMILY_SOUND_AND_BIRTH_YEAR(EnumSet.of(Field.FAMILY_NAME, Field.DATE_OF_BIRTH, Field.GIVEN_NAME)),
    NAME_SOUNDS(EnumSet.of(Field.GIVEN_NAME, Field.FAMILY_NAME)),
    NAME_SOUNDS_ANY_BIRTH(EnumSet.of(Field.GIVEN_NAME, Field.FAMILY_NAME), 20),
    DATE_OF_BIRTH(EnumSet.of(Field.DATE_OF_BIRTH, Field.FAMILY_NAME)),
    GIVEN_SOUND_AND_BIRTHDAY(EnumSet.of(Field.GIVEN_NAME, Field.DATE_OF_BIRTH)),
    POSTCODE_AND_INITIAL(EnumSet.of(Field.POSTCODE, Field.GIVEN_NAME)),
    POSTCODE_AND_BOTH_INITIALS(EnumSet.of(Field.POSTCODE, Field.GIVEN_NAME, Field.FAMILY_NAME)),
    FAMILY_SOUND_AND_POSTCODE(EnumSet.of(Field.FAMILY_NAME, Field.POSTCODE)),
    BIRTH_AND_POSTCODE(EnumSet.of(Field.DATE_OF_BIRTH, Field.POSTCODE)),
    FAMILY_SOUND_ALONE(EnumSet.of(Field.FAMILY_NAME), 20),
    DATE_OF_BIRTH_ALONE(EnumSet.of(Field.DATE_OF_BIRTH), 20),
    NAME_PREFIXES(EnumSet.of(Field.GIVEN_NAME, Field.FAMILY_NAME)),
    NAME_PREFIXES_ANY_BIRTH(EnumSet.of(Field.GIVEN_NAME, Field.FAMILY_NAME), 20),
    STREET(EnumSet.of(Field.ADDRESS, Field.GIVEN_NAME)),
    HOUSE_ALONE(EnumSet.of(Field.ADDRESS), 20),
    CITY_AND_BIRTH_YEAR(EnumSet.of(Field.CITY, Field.DATE_OF_BIRTH)),
    GIVEN_NAME_AND_CITY(EnumSet.of(Field.GIVEN_NAME, Field.CITY), 20),
    EMAIL(EnumSet.of(Field.EMAIL)),
    EMAIL_HEAD(EnumSet.of(Field.EMAIL), 20),
    EMAIL_TAIL(EnumSet.of(Field.EMAIL), 20),
    PHONE(EnumSet.of(Field.PHONE)),
    UPRN_AND_INITIAL(EnumSet.of(Field.UPRN, Field.GIVEN_NAME)),
    // last, so that no other key checks whether their blocks found a pair first
    STREET_AND_FAMILY_INITIAL(EnumSet.of(Field.ADDRESS, Field.FAMILY_NAME), 20),
    GIVEN_NAME_AND_BIRTH_YEAR(EnumSet.of(Field.GIVEN_NAME, Field.DATE_OF_BIRTH), 20),
    MOVING_DAY(EnumSet.of(Field.RESIDENCE, Field.GIVEN_NAME), 50),
    MOVING_NEXT_DAY(EnumSet.of(Field.RESIDENCE, Field.GIVEN_NAME), 50);

    private static final long MASK = (1L << 40) - 1;

    private final Set<Field> needs;
    private final int blockLimit;

    BlockingKey(Set<Field> needs) {
        this(needs, Integer.MAX_VALUE);
    }

    BlockingKey(Set<Field> needs, int blockLimit) {
        this.needs = needs;
        this.blockLimit = blockLimit;
    }

    /**
     * Keys that need agreement on the person's own details (names, date of birth), not on what a
     * household shares: EM learns what a match looks like from the pairs these keys find, so that
     * members of one household (who share family name and address) are not taken for matches.
     */
    boolean trains() {
        return this == FAMILY_SOUND_AND_BIRTH_YEAR || this == NAME_SOUNDS || this == NAME_SOUNDS_ANY_BIRTH || this == DATE_OF_BIRTH
                || this == GIVEN_SOUND_AND_BIRTHDAY;
    }

    /**
     * The largest block this key compares, beside the settings' limit. Name sounds regardless of
     * the date of birth make large blocks in a large council; only the small ones (rarer names) are
     * compared. They find a person whose date of birth was recorded wrongly, and they are the pairs
     * that teach what a date of birth says: {@link #NAME_SOUNDS} keeps only people born in one
     * decade, which would make a different date of birth look rarer among matches than it is; it
     * trains only where these blocks are too few (see {@link #trainsInsteadOf()}). A family name's
     * sound alone, a date of birth alone, or a house (number and street) alone is likewise compared
     * only where it is rare: it finds a record whose other details are missing, replaced or wrong;
     * and so are both names' first three letters regardless of the date of birth (letters swapped
     * late in a name change its sound).
     * So is a given name in a town: a person whose family name, date of birth and address all
     * changed or were written wrongly, where the name is rare in the town; and a given name in a
     * year of birth: a woman who married and moved, whose day and month of birth were written
     * wrongly, where the name is rare for the year. So is a street with the
     * family name's first letter, whatever the house number and postcode: a person whose house
     * number and postcode were written wrongly (or who moved along the street) and whose names are
     * misspelt.
     */
    int blockLimit() {
        return blockLimit;
    }

    /** The key whose training this key's replaces when it has enough pairs of its own, or null. */
    BlockingKey trainsInsteadOf() {
        return this == NAME_SOUNDS_ANY_BIRTH ? NAME_SOUNDS : null;
    }

    Set<Field> needs() {
        return needs;
    }

    /** The keys whose fields the data holds. */
    static List<BlockingKey> usable(Set<Field> present) {
        return java.util.Arrays.stream(values()).filter(key -> present.containsAll(key.needs)).toList();
    }

    /** The record's key, 40 bits, never 0; or 0 when the record lacks a field the key needs. */
    long of(RecordTable t, int i) {
        long key = switch (this) {
            case NHS_NUMBER -> hash(t.nhs[i]);
            case UPN -> hash(t.upn[i]);
            case OTHER_ID -> hash(t.otherId[i]);
            case FAMILY_SOUND_AND_BIRTH_YEAR -> t.familySound[i] == 0 || t.birth[i] / 10000 == 0 || t.given[i] == null ? 0
                    : mix(t.familySound[i], t.birth[i] / 10000 * 128 + t.given[i].charAt(0) % 128);
            case NAME_SOUNDS -> t.givenSound[i] == 0 || t.familySound[i] == 0 ? 0
                    : mix(Math.min(t.givenSound[i], t.familySound[i]) * 31 + t.birth[i] / 100000,
                            Math.max(t.givenSound[i], t.familySound[i]));
            case NAME_SOUNDS_ANY_BIRTH -> t.givenSound[i] == 0 || t.familySound[i] == 0 ? 0
                    : mix(Math.min(t.givenSound[i], t.familySound[i]), Math.max(t.givenSound[i], t.familySound[i]));
            case DATE_OF_BIRTH -> PartialDate.unpacked(t.birth[i]).isComplete() && t.family[i] != null ? mix(t.birth[i], t.family[i].charAt(0)) : 0;
            case GIVEN_SOUND_AND_BIRTHDAY -> t.givenSound[i] == 0 || t.birth[i] % 10000 < 101 || t.birth[i] % 100 == 0 ? 0
                    : mix(t.givenSound[i], t.birth[i] % 10000);
            case POSTCODE_AND_INITIAL -> t.postcode[i] == null || t.given[i] == null ? 0 : mix(t.postcode[i].hashCode(), t.given[i].charAt(0));
            case POSTCODE_AND_BOTH_INITIALS -> t.postcode[i] == null || t.given[i] == null || t.family[i] == null ? 0
                    : mix(t.postcode[i].hashCode(), Math.min(t.given[i].charAt(0), t.family[i].charAt(0)) * 65536
                            + Math.max(t.given[i].charAt(0), t.family[i].charAt(0)));
            case FAMILY_SOUND_AND_POSTCODE -> t.familySound[i] == 0 || t.postcode[i] == null ? 0
                    : mix(t.familySound[i], t.postcode[i].hashCode());
            case BIRTH_AND_POSTCODE -> t.postcode[i] == null || !PartialDate.unpacked(t.birth[i]).isComplete() ? 0
                    : mix(t.birth[i], t.postcode[i].hashCode());
            case FAMILY_SOUND_ALONE -> t.familySound[i] == 0 ? 0 : mix(t.familySound[i], 0);
            case DATE_OF_BIRTH_ALONE -> PartialDate.unpacked(t.birth[i]).isComplete() ? mix(t.birth[i], 0) : 0;
            case NAME_PREFIXES -> t.given[i] == null || t.family[i] == null ? 0
                    : mix(prefix(t.given[i]).hashCode() * 31 + t.birth[i] / 100000, prefix(t.family[i]).hashCode());
            case NAME_PREFIXES_ANY_BIRTH -> t.given[i] == null || t.family[i] == null ? 0
                    : mix(prefix(t.given[i]).hashCode(), prefix(t.family[i]).hashCode());
            case STREET -> t.streetKey[i] == null || t.given[i] == null ? 0 : mix(t.streetKey[i].hashCode(), t.given[i].charAt(0));
            case HOUSE_ALONE -> t.streetKey[i] == null ? 0 : hash(houseAndStreet(t.streetKey[i]));
            case GIVEN_NAME_AND_BIRTH_YEAR -> t.given[i] == null || t.birth[i] / 10000 == 0 ? 0 : mix(t.given[i].hashCode(), t.birth[i] / 10000);
            case STREET_AND_FAMILY_INITIAL -> streetAndFamilyInitial(t, i);
            case CITY_AND_BIRTH_YEAR -> t.city[i] == null || t.birth[i] / 10000 == 0 ? 0 : mix(t.city[i].hashCode(), t.birth[i] / 10000);
            case GIVEN_NAME_AND_CITY -> t.city[i] == null || t.given[i] == null ? 0 : mix(t.city[i].hashCode(), t.given[i].hashCode());
            case EMAIL -> t.email[i] == null ? 0 : hash(localPart(t.email[i]));
            case EMAIL_HEAD -> t.email[i] == null ? 0 : hash(head(localPart(t.email[i])) + '@' + head(domain(t.email[i])));
            case EMAIL_TAIL -> t.email[i] == null ? 0 : hash(tail(localPart(t.email[i])) + '@' + head(domain(t.email[i])));
            case PHONE -> t.phone[i] == null || t.phone[i].length() < 6 ? 0 : hash(t.phone[i]);
            case UPRN_AND_INITIAL -> t.uprn[i] == null || t.given[i] == null ? 0 : mix(t.uprn[i].hashCode(), t.given[i].charAt(0));
            case MOVING_DAY -> !t.hasPeriod(i) || t.given[i] == null ? 0 : mix(movingDay(t, i, 0), t.given[i].charAt(0));
            case MOVING_NEXT_DAY -> !t.hasPeriod(i) || t.given[i] == null ? 0
                    : mix(movingDay(t, i, Comparisons.MOVING_DAY), t.given[i].charAt(0));
        };
        return key;
    }

    /** The house number and street sound of a street key, without the postcode district. */
    private static String houseAndStreet(String streetKey) {
        int second = streetKey.indexOf(' ', streetKey.indexOf(' ') + 1);
        return second < 0 ? streetKey : streetKey.substring(0, second);
    }

    /**
     * The street's sound (from the street key, without the house number and the postcode district)
     * with the family initial; 0 without either, or where the street's word has no sound (such
     * streets would otherwise share one block).
     */
    private static long streetAndFamilyInitial(RecordTable t, int i) {
        if (t.streetKey[i] == null || t.family[i] == null) {
            return 0;
        }
        String street = houseAndStreet(t.streetKey[i]);
        String sound = street.substring(street.indexOf(' ') + 1);
        return "0".equals(sound) ? 0 : mix(sound.hashCode(), t.family[i].charAt(0));
    }

    /**
     * The day the record's home ended (plus the given days) or, while it has not, the day it began.
     * One person's old home ends on the day the new one begins, or up to {@link Comparisons#MOVING_DAY}
     * day before (a rent week ending on a Sunday), so with the given name's initial the two keys bring a move into the home
     * still lived in together with the home left then, whatever the names and dates of birth say
     * (a new family name, a date of birth missing). A move into a home since left too is for the
     * other keys. Blocks of at most 50: a date many records share (a placeholder, a migration)
     * says nothing.
     */
    private static int movingDay(RecordTable t, int i, int daysAfterTheEnd) {
        return t.livedTo[i] == RecordTable.NOT_ENDED ? t.livedFrom[i] : t.livedTo[i] + daysAfterTheEnd;
    }

    private static String localPart(String email) {
        int at = email.indexOf('@');
        return at > 0 ? email.substring(0, at) : email;
    }

    private static String domain(String email) {
        int at = email.indexOf('@');
        return at > 0 ? email.substring(at + 1) : "";
    }

    private static String head(String text) {
        return text.length() <= 4 ? text : text.substring(0, 4);
    }

    private static String tail(String text) {
        return text.length() <= 4 ? text : text.substring(text.length() - 4);
    }

    private static String prefix(String name) {
        return name.length() <= 3 ? name : name.substring(0, 3);
    }

    private static long hash(String value) {
        return value == null ? 0 : nonZero(finish(value.hashCode() * 0x9E3779B97F4A7C15L + value.length()));
    }

    private static long mix(int a, int b) {
        return nonZero(finish(((long) a << 32) ^ (b & 0xFFFFFFFFL)));
    }

    private static long finish(long h) {
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        h *= 0xC4CEB9FE1A85EC53L;
        h ^= h >>> 33;
        return h & MASK;
    }

    private static long nonZero(long key) {
        return key == 0 ? 1 : key;
    }
}

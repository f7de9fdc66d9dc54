package org.familycontext.matching;

import java.util.Set;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Compares two records field by field and gives each field's level (0 is the strongest agreement,
 * {@link Field#disagreement()} the last), or {@link #MISSING} when either record lacks the field.
 * The levels of all fields make the pair's pattern: four bits per field, by the field's ordinal.
 */
final class Comparisons {

    static final int MISSING = 0xF;
    /**
     * The edition of what the levels mean; a stored model estimated under another is not reused (2:
     * two equal dates of birth that are not whole agree as far as known, not exactly; 3: when the
     * person lived at the address is compared; 4: a given name that is the other's family name is
     * "crossed", not "different"; 5: a family name that differs where one home followed the other is
     * "renamed at a move"; 6: addresses are also compared with their words run together; 7: a phone
     * number one slip from the other, a digit changed, left out or added or two neighbours swapped,
     * is "one slip"; 8: a home left within a day of moving into the other is "moved that day").
     */
    static final int RULES = 8;
    static final double SIMILAR = 0.94;
    static final double ALIKE = 0.85;
    private static final int GIVEN_DIFFERENT = Field.GIVEN_NAME.disagreement();
    private static final int FAMILY_DIFFERENT = Field.FAMILY_NAME.disagreement();
    /** Days between one home's end and the next's start, either way, that read as one move (tenancies overlap around a move). */
    private static final int MOVING_OVERLAP = 90;
    /** Days between leaving one home and moving into the next that still read as one move (a year, leap day included). */
    private static final int MOVING_GAP = 366;
    /** Days between one home's end and the next's start, either way, that still read as moving that day (an end dated a day off). */
    static final int MOVING_DAY = 1;
    /** The address level up to which two addresses are taken for one place ("similar"). */
    static final int SIMILAR_ADDRESS = 1;
    static final int PARTLY_SIMILAR_ADDRESS = 2;
    static final int ADDRESS_DIFFERENT = 3;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();
    private static final ThreadLocal<SimilarityCache> CACHE =
            ThreadLocal.withInitial(() -> new SimilarityCache((x, y) -> JARO_WINKLER.apply(x, y), ALIKE));

    private final RecordTable t;
    private final Field[] fields;

    Comparisons(RecordTable table, Set<Field> fields) {
        this.t = table;
        this.fields = fields.toArray(Field[]::new);
    }

    Field[] fields() {
        return fields.clone();
    }

    /** The pair's pattern: every compared field's level, four bits each; fields not compared are MISSING. */
    long pattern(int a, int b) {
        long pattern = -1L;
        for (Field field : fields) {
            pattern = withLevel(pattern, field, level(field, a, b));
        }
        return pattern;
    }

    /** The pattern with the field at this level (or {@link #MISSING}). */
    static long withLevel(long pattern, Field field, int level) {
        int shift = field.ordinal() * 4;
        return pattern & ~(0xFL << shift) | (long) level << shift;
    }

    static int levelIn(long pattern, Field field) {
        return (int) (pattern >>> (field.ordinal() * 4)) & 0xF;
    }

    int level(Field field, int a, int b) {
        return switch (field) {
            case GIVEN_NAME -> givenName(a, b);
            case FAMILY_NAME -> familyName(a, b);
            case DATE_OF_BIRTH -> dateOfBirth(t.birth[a], t.birth[b]);
            case GENDER -> t.gender[a] == 0 || t.gender[b] == 0 ? MISSING : t.gender[a] == t.gender[b] ? 0 : 1;
            case ADDRESS -> address(a, b);
            case POSTCODE -> postcode(a, b);
            case CITY -> similar(t.city[a], t.city[b]);
            case NHS_NUMBER -> exact(t.nhs[a], t.nhs[b]);
            case UPN -> exact(t.upn[a], t.upn[b]);
            case OTHER_ID -> otherId(t.otherId[a], t.otherId[b]);
            case PHONE -> phone(t.phone[a], t.phone[b]);
            case EMAIL -> email(t.email[a], t.email[b]);
            case UPRN -> exact(t.uprn[a], t.uprn[b]);
            case RESIDENCE -> residence(a, b);
        };
    }

    private int givenName(int a, int b) {
        int x = t.givenNumber[a];
        int y = t.givenNumber[b];
        if (x < 0 || y < 0) {
            return MISSING;
        }
        if (x == y) {
            return 0;
        }
        if (Nicknames.share(t.givenGroups[a], t.givenGroups[b])) {
            return 1;
        }
        String first = t.given[a];
        String second = t.given[b];
        if (first.length() == 1 || second.length() == 1) {
            return first.charAt(0) == second.charAt(0) ? 5 : GIVEN_DIFFERENT;
        }
        int closeness = t.names.closeness(x, y);
        if (closeness == NameNumbers.SIMILAR || t.moreGiven[a] && otherGivenName(t.givenAll[a], second)
                || t.moreGiven[b] && otherGivenName(t.givenAll[b], first)) {
            return 2;
        }
        if (closeness == NameNumbers.ALIKE) {
            return 3;
        }
        if (t.givenSound[a] != 0 && t.givenSound[a] == t.givenSound[b]) {
            return 4;
        }
        if (swapped(a, b)) {
            return 6;
        }
        return crossed(a, b) ? 7 : GIVEN_DIFFERENT;
    }

    /**
     * One record's given name is the other's family name, exactly, and the names are not simply
     * written the other way round: a family name entered as the given name (or the reverse), the
     * other name new.
     */
    private boolean crossed(int a, int b) {
        boolean crossing = t.givenNumber[a] == t.familyNumber[b] && t.familyNumber[b] >= 0
                || t.givenNumber[b] == t.familyNumber[a] && t.familyNumber[a] >= 0;
        // "Smith Smith" against "John Smith" is not a crossing: the family names agree
        if (!crossing) {
            return false;
        }
        int family = familyName(a, b);
        return family == FAMILY_DIFFERENT || family == RenamedAtAMove.LEVEL;
    }

    /** True when one of the record's further given names is the other's first. */
    private static boolean otherGivenName(String all, String first) {
        if (all == null || all.indexOf(' ') < 0) {
            return false;
        }
        for (String word : all.split(" ")) {
            if (word.equals(first)) {
                return true;
            }
        }
        return false;
    }

    private int familyName(int a, int b) {
        int x = t.familyNumber[a];
        int y = t.familyNumber[b];
        if (x < 0 || y < 0) {
            return MISSING;
        }
        if (x == y) {
            return 0;
        }
        if ((t.partedFamily[a] || t.partedFamily[b]) && sharePart(t.familyParts[a], t.familyParts[b])) {
            return 1;
        }
        int closeness = t.names.closeness(x, y);
        if (closeness == NameNumbers.SIMILAR) {
            return 2;
        }
        if (closeness == NameNumbers.ALIKE) {
            return 3;
        }
        if (t.familySound[a] != 0 && t.familySound[a] == t.familySound[b]) {
            return 4;
        }
        if (swapped(a, b)) {
            return 5;
        }
        return t.hasPeriod(a) && t.hasPeriod(b) && RenamedAtAMove.movedOn(residence(a, b)) ? RenamedAtAMove.LEVEL : FAMILY_DIFFERENT;
    }

    /**
     * When each record's person lived at its address, compared only where the two records are not
     * at one place (another UPRN and postcode, and addresses not even similar): one person lives in
     * one home at a time. The home begun first ended within {@value #MOVING_DAY} day of the other's
     * start (a transfer, or a move recorded on its day): "moved that day"; otherwise one home left at
     * most {@value #MOVING_OVERLAP} days before or after moving into the other (tenancies overlap
     * around a move, and a short stay may lie within another): "one after the other"; a gap of up to a
     * year: "within a year"; more: "years apart"; both at once for longer: "at the same time", or
     * "at the same time, one not ended" where one period has no end (a tenancy the source never
     * closed looks so too, and EM weighs it as the data shows).
     */
    private int residence(int a, int b) {
        if (!t.hasPeriod(a) || !t.hasPeriod(b) || samePlace(a, b)) {
            return MISSING;
        }
        long overlap = (long) Math.min(t.livedTo[a], t.livedTo[b]) - Math.max(t.livedFrom[a], t.livedFrom[b]);
        if (overlap > MOVING_OVERLAP) {
            return t.livedTo[a] == RecordTable.NOT_ENDED || t.livedTo[b] == RecordTable.NOT_ENDED ? 4 : 5;
        }
        if (endsAsTheOtherBegins(a, b) || endsAsTheOtherBegins(b, a)) {
            return 0;
        }
        return -overlap <= MOVING_OVERLAP ? 1 : -overlap <= MOVING_GAP ? 2 : 3;
    }

    /** True when the first record's home, begun before the other's, ended within a day of the other's start. */
    private boolean endsAsTheOtherBegins(int first, int other) {
        return t.livedTo[first] != RecordTable.NOT_ENDED && t.livedFrom[first] < t.livedFrom[other]
                && Math.abs((long) t.livedTo[first] - t.livedFrom[other]) <= MOVING_DAY;
    }

    private boolean samePlace(int a, int b) {
        return t.uprn[a] != null && t.uprn[a].equals(t.uprn[b]) || t.postcode[a] != null && t.postcode[a].equals(t.postcode[b])
                || address(a, b) <= SIMILAR_ADDRESS;
    }

    /** One character typed wrong, left out, added, or two neighbours swapped: a slip short names suffer too. */
    static boolean oneSlip(String x, String y) {
        if (x.length() < 2 || y.length() < 2 || Math.abs(x.length() - y.length()) > 1) {
            return false;
        }
        return Text.withinOneEdit(x, y) || Text.neighboursSwapped(x, y);
    }

    /** Given and family names written the other way round; one of them may also be mistyped. */
    private boolean swapped(int a, int b) {
        if (t.givenNumber[a] < 0 || t.familyNumber[b] < 0 || t.givenNumber[b] < 0 || t.familyNumber[a] < 0) {
            return false;
        }
        // one crossing similar and the other at least alike: neither may be apart (most pairs stop at the first)
        int first = t.names.closeness(t.givenNumber[a], t.familyNumber[b]);
        if (first == NameNumbers.APART) {
            return false;
        }
        int second = t.names.closeness(t.givenNumber[b], t.familyNumber[a]);
        return second != NameNumbers.APART && Math.min(first, second) == NameNumbers.SIMILAR;
    }

    private static boolean sharePart(String[] x, String[] y) {
        for (String p : x) {
            if (p.length() < 2) {
                continue;
            }
            for (String q : y) {
                if (p.equals(q)) {
                    return true;
                }
            }
        }
        return false;
    }

    static int dateOfBirth(int x, int y) {
        if (x == 0 || y == 0) {
            return MISSING;
        }
        if (x == y) {
            // only a whole date agrees exactly: two records giving the same year alone (or day and month
            // without a year) agree as far as known
            return x / 10000 != 0 && x / 100 % 100 != 0 && x % 100 != 0 ? 0 : 3;
        }
        int xy = x / 10000;
        int xm = x / 100 % 100;
        int xd = x % 100;
        int yy = y / 10000;
        int ym = y / 100 % 100;
        int yd = y % 100;
        boolean complete = xy != 0 && xm != 0 && xd != 0 && yy != 0 && ym != 0 && yd != 0;
        if (complete) {
            if (xy == yy && xd == ym && xm == yd) {
                return 1;
            }
            int differing = (xy != yy ? 1 : 0) + (xm != ym ? 1 : 0) + (xd != yd ? 1 : 0);
            if (differing == 1 && (xy == yy || yearTypo(xy, yy))) {
                return 2;
            }
            return close(xy, xm, xd, yy, ym, yd) ? 4 : 5;
        }
        int known = (xy != 0 && yy != 0 ? 1 : 0) + (xm != 0 && ym != 0 ? 1 : 0) + (xd != 0 && yd != 0 ? 1 : 0);
        int differing = (agrees(xy, yy) ? 0 : 1) + (agrees(xm, ym) ? 0 : 1) + (agrees(xd, yd) ? 0 : 1);
        if (differing == 0) {
            return 3;
        }
        return differing == 1 && known >= 2 ? 2 : 5;
    }

    /** The most days apart that two written dates of birth are taken as close (months counted as 31 days). */
    static final int CLOSE_DAYS = 35;

    /**
     * Whole dates, not alike by the levels above, that stay near: at most {@link #CLOSE_DAYS} days
     * apart, or that far apart within the year once the year is put right, where the years are one
     * apart or one slip of the keyboard apart in a digit other than the last (2002 for 2012): a date
     * given from memory, or a day and a year both mistyped. Parents and children, and nearly all
     * siblings, are born further apart; siblings a few years apart differ in the year's last digit,
     * which does not count as a slip here. Months are counted as 31 days, so no calendar is needed.
     */
    private static boolean close(int xy, int xm, int xd, int yy, int ym, int yd) {
        int withinYear = (xm * 31 + xd) - (ym * 31 + yd);
        if (Math.abs(12 * 31 * (xy - yy) + withinYear) <= CLOSE_DAYS) {
            return true;
        }
        return Math.abs(withinYear) <= CLOSE_DAYS && (Math.abs(xy - yy) == 1 || higherDigitSlip(xy, yy));
    }

    /** Years that differ in one digit only, and not in the last (1982 and 1992, not 1982 and 1983). */
    static boolean higherDigitSlip(int x, int y) {
        if (x % 10 != y % 10 || x == y) {
            return false;
        }
        int differing = 0;
        for (int a = x / 10, b = y / 10; a > 0 || b > 0; a /= 10, b /= 10) {
            differing += a % 10 != b % 10 ? 1 : 0;
        }
        return differing == 1;
    }

    /** Years that differ as a slip of the keyboard would: one digit, or two neighbouring digits swapped. */
    static boolean yearTypo(int x, int y) {
        String a = Integer.toString(x);
        String b = Integer.toString(y);
        return x != y && a.length() == b.length() && (Text.withinOneEdit(a, b) || Text.neighboursSwapped(a, b));
    }

    private static boolean agrees(int x, int y) {
        return x == 0 || y == 0 || x == y;
    }

    private int address(int a, int b) {
        String x = t.address[a];
        String y = t.address[b];
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        return t.runTogether.improve(a, b, addressByWords(a, b));
    }

    /** By the words both addresses hold: similar (Dice 0.8 or more), partly similar (0.5 or more) or different. */
    private int addressByWords(int a, int b) {
        int[] p = t.addressWords[a];
        int[] q = t.addressWords[b];
        int matched = 0;
        for (int i = 0; i < p.length; i++) {
            for (int other : q) {
                if (t.words.alike(p[i], other)) {
                    matched++;
                    break;
                }
            }
            // Dice reaches one half only when four times the matched words reach both counts together
            if (4 * (matched + p.length - i - 1) < p.length + q.length) {
                return ADDRESS_DIFFERENT;
            }
        }
        double dice = 2.0 * matched / (p.length + q.length);
        return dice >= 0.8 ? SIMILAR_ADDRESS : dice >= 0.5 ? PARTLY_SIMILAR_ADDRESS : ADDRESS_DIFFERENT;
    }

    private static int postcode(String x, String y, String dx, String dy) {
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        if (Text.withinOneEdit(x, y)) {
            return 1;
        }
        return dx != null && dx.equals(dy) ? 2 : 3;
    }

    private int postcode(int a, int b) {
        return postcode(t.postcode[a], t.postcode[b], t.district[a], t.district[b]);
    }

    private static int similar(String x, String y) {
        if (x == null || y == null) {
            return MISSING;
        }
        return x.equals(y) ? 0 : jaroWinkler(x, y) >= SIMILAR ? 1 : 2;
    }

    private static int exact(String x, String y) {
        if (x == null || y == null) {
            return MISSING;
        }
        return x.equals(y) ? 0 : 1;
    }

    private static int otherId(String x, String y) {
        if (x == null || y == null) {
            return MISSING;
        }
        return x.equals(y) ? 0 : Text.withinOneEdit(x, y) ? 1 : 2;
    }

    private static int phone(String x, String y) {
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        if (x.length() < 6 || y.length() < 6) {
            return 3;
        }
        return x.endsWith(y.substring(y.length() - 6)) ? 1 : oneSlip(x, y) ? 2 : 3;
    }

    private static int email(String x, String y) {
        if (x == null || y == null) {
            return MISSING;
        }
        if (x.equals(y)) {
            return 0;
        }
        int ax = x.indexOf('@');
        int ay = y.indexOf('@');
        boolean sameLocal = ax > 0 && ax == ay && x.regionMatches(0, y, 0, ax);
        return sameLocal || jaroWinkler(x, y) >= SIMILAR ? 1 : 2;
    }

    /** Jaro-Winkler similarity; values below {@link #ALIKE} (the lowest level used) may come back as 0. */
    static double jaroWinkler(String x, String y) {
        return CACHE.get().of(x, y);
    }
}

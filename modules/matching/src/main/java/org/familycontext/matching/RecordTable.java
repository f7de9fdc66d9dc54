package org.familycontext.matching;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.commons.codec.language.DoubleMetaphone;
import org.familycontext.kernel.NhsNumber;
import org.familycontext.kernel.Upn;

/**
 * The records to link, normalised once into compact arrays (one entry per record) so that comparing
 * a pair touches only prepared values: names as words with phonetic codes and nickname groups,
 * dates packed, identifiers validated. Null (or 0) means the record lacks the value.
 */
final class RecordTable {

    private static final DoubleMetaphone PHONETIC = new DoubleMetaphone();

    final int size;
    final String[] ids;
    final byte[] side;
    final String[] given;
    final String[] givenAll;
    final int[] givenSound;
    final int[][] givenGroups;
    final String[] family;
    final String[][] familyParts;
    final int[] familySound;
    final int[] birth;
    final byte[] gender;
    /** The address's words, numbered by {@link #words}. */
    final int[][] addressWords;
    final AddressWords words = new AddressWords();
    /** Given and family names, numbered by {@link #names}; -1 for none. */
    final int[] givenNumber;
    final int[] familyNumber;
    final NameNumbers names = new NameNumbers();
    /** True when the record has further given names, or its family name has several parts. */
    final boolean[] moreGiven;
    final boolean[] partedFamily;
    final String[] address;
    /** The addresses as compared with their words run together. */
    final RunTogetherAddresses runTogether;
    /** The address's first house number, the sound of the word after it and the postcode district (when known), or null. */
    final String[] streetKey;
    final String[] postcode;
    final String[] district;
    final String[] city;
    final String[] nhs;
    final String[] upn;
    final String[] otherId;
    final String[] phone;
    final String[] email;
    /** The UPRN without leading zeros, or null. */
    final String[] uprn;
    /**
     * When the record's person began and stopped living at its address, in days since 1970
     * ({@link #UNKNOWN} without a period; {@link #NOT_ENDED} for an end not yet reached). A period
     * with a date outside 1900 to 2100 is a slip, not a period.
     */
    final int[] livedFrom;
    final int[] livedTo;
    static final int UNKNOWN = Integer.MIN_VALUE;
    static final int NOT_ENDED = Integer.MAX_VALUE;
    private static final long EARLIEST = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long LATEST = LocalDate.of(2100, 12, 31).toEpochDay();
    /** The fields at least one record holds. */
    final Set<Field> present = EnumSet.noneOf(Field.class);

    RecordTable(List<PersonRecord> records) {
        size = records.size();
        ids = new String[size];
        side = new byte[size];
        given = new String[size];
        givenAll = new String[size];
        givenSound = new int[size];
        givenGroups = new int[size][];
        family = new String[size];
        familyParts = new String[size][];
        familySound = new int[size];
        birth = new int[size];
        gender = new byte[size];
        addressWords = new int[size][];
        givenNumber = new int[size];
        familyNumber = new int[size];
        moreGiven = new boolean[size];
        partedFamily = new boolean[size];
        address = new String[size];
        runTogether = new RunTogetherAddresses(size);
        streetKey = new String[size];
        postcode = new String[size];
        district = new String[size];
        city = new String[size];
        nhs = new String[size];
        upn = new String[size];
        otherId = new String[size];
        phone = new String[size];
        email = new String[size];
        uprn = new String[size];
        livedFrom = new int[size];
        livedTo = new int[size];
        Nicknames nicknames = Nicknames.standard();
        for (int i = 0; i < size; i++) {
            PersonRecord r = records.get(i);
            ids[i] = r.id();
            side[i] = (byte) r.side();
            List<String> givenWords = Text.words(r.givenName());
            given[i] = givenWords.isEmpty() ? null : givenWords.get(0);
            givenAll[i] = Text.joined(givenWords);
            givenSound[i] = sound(given[i]);
            givenGroups[i] = nicknames.groupsOf(given[i]);
            List<String> familyWords = Text.words(r.familyName());
            family[i] = familyWords.isEmpty() ? null : String.join("", familyWords);
            familyParts[i] = familyWords.toArray(String[]::new);
            familySound[i] = sound(family[i]);
            givenNumber[i] = names.number(given[i]);
            familyNumber[i] = names.number(family[i]);
            moreGiven[i] = givenAll[i] != null && givenAll[i].indexOf(' ') >= 0;
            partedFamily[i] = familyParts[i].length > 1;
            birth[i] = withoutPlaceholder(r.dateOfBirth()).packed();
            gender[i] = gender(r.gender());
            List<String> words = Text.words(r.address());
            addressWords[i] = this.words.numbered(words);
            address[i] = Text.joined(words);
            runTogether.add(i, words);
            postcode[i] = Text.compact(r.postcode());
            district[i] = district(postcode[i]);
            String street = streetKey(words);
            streetKey[i] = street == null || district[i] == null ? street : street + " " + district[i];
            city[i] = Text.joined(Text.words(r.city()));
            nhs[i] = NhsNumber.parse(r.nhsNumber()).map(NhsNumber::value).orElse(null);
            upn[i] = Upn.parse(r.upn()).map(Upn::value).orElse(null);
            otherId[i] = Text.compact(r.otherId());
            phone[i] = Text.digits(r.phone());
            email[i] = r.email() == null || r.email().isBlank() ? null : r.email().strip().toLowerCase(Locale.ROOT);
            uprn[i] = uprn(r.uprn());
            period(i, r.livedFrom(), r.livedTo());
            notePresent(i);
        }
        this.words.seal();
        this.names.seal();
    }

    private void period(int i, LocalDate from, LocalDate to) {
        livedFrom[i] = UNKNOWN;
        livedTo[i] = UNKNOWN;
        if (from == null || !plausible(from) || to != null && !plausible(to)) {
            return;
        }
        livedFrom[i] = (int) from.toEpochDay();
        livedTo[i] = to == null ? NOT_ENDED : (int) Math.max(from.toEpochDay(), to.toEpochDay());
    }

    private static boolean plausible(LocalDate date) {
        return date.toEpochDay() >= EARLIEST && date.toEpochDay() <= LATEST;
    }

    /** True when the record says when its person lived at its address. */
    boolean hasPeriod(int i) {
        return livedFrom[i] != UNKNOWN;
    }

    private void notePresent(int i) {
        mark(given[i] != null, Field.GIVEN_NAME);
        mark(family[i] != null, Field.FAMILY_NAME);
        mark(birth[i] != 0, Field.DATE_OF_BIRTH);
        mark(gender[i] != 0, Field.GENDER);
        mark(address[i] != null, Field.ADDRESS);
        mark(postcode[i] != null, Field.POSTCODE);
        mark(city[i] != null, Field.CITY);
        mark(nhs[i] != null, Field.NHS_NUMBER);
        mark(upn[i] != null, Field.UPN);
        mark(otherId[i] != null, Field.OTHER_ID);
        mark(phone[i] != null, Field.PHONE);
        mark(email[i] != null, Field.EMAIL);
        mark(uprn[i] != null, Field.UPRN);
        mark(hasPeriod(i), Field.RESIDENCE);
    }

    private void mark(boolean has, Field field) {
        if (has) {
            present.add(field);
        }
    }

    /**
     * Digits only, leading zeros dropped; null when there are none (or only zeros). A decimal tail
     * of zeros, as spreadsheets write numbers ("100023336956.0"), is not part of the number.
     */
    static String uprn(String text) {
        String digits = Text.digits(text == null ? null : text.strip().replaceFirst("\\.0+$", ""));
        if (digits == null) {
            return null;
        }
        int first = 0;
        while (first < digits.length() && digits.charAt(first) == '0') {
            first++;
        }
        return first == digits.length() ? null : digits.substring(first);
    }

    /**
     * 1 January is what systems write when only the year is known; it is taken as the year alone, so
     * that it neither agrees with nor contradicts a real day and month.
     */
    static PartialDate withoutPlaceholder(PartialDate date) {
        return date.month() == 1 && date.day() == 1 ? new PartialDate(date.year(), 0, 0) : date;
    }

    /** The first house number and the word after it (the street's first word), or null. */
    private static String streetKey(List<String> words) {
        for (int i = 0; i + 1 < words.size(); i++) {
            if (Character.isDigit(words.get(i).charAt(0)) && !Character.isDigit(words.get(i + 1).charAt(0))) {
                return words.get(i) + " " + sound(words.get(i + 1));
            }
        }
        return null;
    }

    /** How many records are on the side (0 or 1). */
    int sides(int which) {
        int count = 0;
        for (byte s : side) {
            count += s == which ? 1 : 0;
        }
        return count;
    }

    /** The primary Double Metaphone code as a number, 0 when there is none. */
    static int sound(String name) {
        if (name == null) {
            return 0;
        }
        String code = PHONETIC.doubleMetaphone(name);
        return code == null || code.isEmpty() ? 0 : code.hashCode() | 1;
    }

    private static byte gender(String text) {
        String g = Text.compact(text);
        if (g == null) {
            return 0;
        }
        return switch (g) {
            case "M", "MALE", "MAN", "BOY", "1" -> 1;
            case "F", "FEMALE", "WOMAN", "GIRL", "2" -> 2;
            case "U", "UNKNOWN", "NOTKNOWN", "NOTSTATED", "0", "9" -> 0;
            default -> 3;
        };
    }

    /** The outward code of a UK postcode (all but the last three characters), else null. */
    private static String district(String postcode) {
        if (postcode == null || postcode.length() < 5 || postcode.length() > 7) {
            return null;
        }
        char digit = postcode.charAt(postcode.length() - 3);
        return digit >= '0' && digit <= '9' ? postcode.substring(0, postcode.length() - 3) : null;
    }
}

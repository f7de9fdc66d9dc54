package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ComparisonsTest {

    private static int level(Field field, PersonRecord a, PersonRecord b) {
        RecordTable table = new RecordTable(List.of(a, b));
        return new Comparisons(table, table.present).level(field, 0, 1);
    }

    private static PersonRecord person(String id, String given, String family, PartialDate birth) {
        return PersonRecord.named(id, given, family, birth);
    }

    private static final PartialDate BIRTH = new PartialDate(2012, 3, 14);

    private static PersonRecord living(String id, String address) {
        return new PersonRecord(id, 0, "Ann", "Ng", BIRTH, null, address, null, null, null, null, null, null, null, null);
    }

    private static PersonRecord tenant(String id, String postcode, String from, String to) {
        return new PersonRecord(id, 0, "Ann", "Ng", BIRTH, null, id + " Mill Lane", postcode, null, null, null, null, null, null, null,
                from == null ? null : java.time.LocalDate.parse(from), to == null ? null : java.time.LocalDate.parse(to));
    }

    @ParameterizedTest(name = "{5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            2010-04-01 | 2016-08-31 | 2016-09-05 | -          | one after the other             | moved the next week
            2010-04-01 | 2016-10-31 | 2016-09-05 | -          | one after the other             | the old tenancy ended two months into the new one
            2016-09-05 | -          | 2010-04-01 | 2016-10-31 | one after the other             | the same, the other order
            2010-04-01 | 2016-08-31 | 2016-08-31 | -          | moved that day                  | moved on the day the old home ended
            2016-09-01 | -          | 2010-04-01 | 2016-08-31 | moved that day                  | the next day, the other order
            2010-04-01 | 2016-09-01 | 2016-08-31 | -          | moved that day                  | the old home's end dated the day after the move
            2010-04-01 | 2016-08-31 | 2016-09-02 | -          | one after the other             | two days between
            2010-04-01 | 2016-09-02 | 2016-08-31 | -          | one after the other             | two days of both
            2010-04-01 | -          | 2016-05-05 | 2016-05-05 | one after the other             | a stay of no length within the other home
            2016-05-04 | 2016-05-05 | 2016-05-05 | -          | moved that day                  | a stay of a day, then the other home
            2010-04-01 | 2016-06-01 | 2016-08-30 | -          | one after the other             | 90 days between: a move
            2010-04-01 | 2016-06-01 | 2016-08-31 | -          | within a year                   | 91 days between
            2010-04-01 | 2015-01-31 | 2016-01-20 | -          | within a year                   | within a year
            2012-05-01 | 2015-03-01 | 2016-03-01 | -          | within a year                   | a year to the day, leap day included
            2004-04-01 | 2008-01-31 | 2016-01-20 | -          | years apart                     | years apart
            2010-04-01 | -          | 2016-09-05 | -          | at the same time, one not ended | both still open: perhaps a tenancy never closed
            2010-04-01 | 2019-01-01 | 2016-09-05 | -          | at the same time, one not ended | one ended, the other not
            2010-04-01 | 2020-01-01 | 2012-02-01 | 2013-02-01 | at the same time                | one inside the other
            """)
    void homesAtTwoPlacesAreComparedByWhenEachWasLivedIn(String from, String to, String otherFrom, String otherTo, String expected,
                                                          String why) {
        assertThat(level(Field.RESIDENCE, tenant("1", "SK1 1AA", from, to), tenant("2", "SK4 2BB", otherFrom, otherTo)))
                .as(why).isEqualTo(Field.RESIDENCE.levels().indexOf(expected));
    }

    @Test
    void homesAtOnePlaceOrWithoutAPeriodAreNotCompared() {
        assertThat(level(Field.RESIDENCE, tenant("1", "SK1 1AA", "2010-04-01", null), tenant("2", "sk11aa", "2016-09-05", null)))
                .as("one place: the periods say nothing of one person").isEqualTo(Comparisons.MISSING);
        PersonRecord home = new PersonRecord("1", 0, "Ann", "Ng", BIRTH, null, "14 Heatherfield Crescent", "SK1 1AA", null, null, null,
                null, null, null, null, java.time.LocalDate.parse("2010-04-01"), null);
        PersonRecord typo = new PersonRecord("2", 0, "Ann", "Ng", BIRTH, null, "14 Heatherfeild Crescent", "SK1 1AB", null, null, null,
                null, null, null, null, java.time.LocalDate.parse("2016-09-05"), null);
        assertThat(level(Field.ADDRESS, home, typo)).as("similar").isEqualTo(1);
        assertThat(level(Field.RESIDENCE, home, typo))
                .as("a similar address is one place, whatever the postcode's typo").isEqualTo(Comparisons.MISSING);
        assertThat(level(Field.RESIDENCE, tenant("1", "SK1 1AA", "1010-04-01", null), tenant("2", "SK4 2BB", "2016-09-05", null)))
                .as("a year out of all reason is a slip, not a period").isEqualTo(Comparisons.MISSING);
        assertThat(level(Field.RESIDENCE, tenant("1", "SK1 1AA", "2010-04-01", null), tenant("2", "SK4 2BB", null, null)))
                .isEqualTo(Comparisons.MISSING);
    }

    @Test
    void aFamilyNameThatDiffersWhereOneHomeFollowedTheOtherIsRenamedAtAMove() {
        PersonRecord before = new PersonRecord("1", 0, "Ann", "Ng", BIRTH, null, "1 Mill Lane", "SK1 1AA", null, null, null, null,
                null, null, null, java.time.LocalDate.parse("2010-04-01"), java.time.LocalDate.parse("2016-08-31"));
        PersonRecord married = new PersonRecord("2", 0, "Ann", "Okafor", BIRTH, null, "9 Park Road", "SK4 2BB", null, null, null,
                null, null, null, null, java.time.LocalDate.parse("2016-09-05"), null);
        PersonRecord later = new PersonRecord("3", 0, "Ann", "Okafor", BIRTH, null, "9 Park Road", "SK4 2BB", null, null, null,
                null, null, null, null, java.time.LocalDate.parse("2021-01-10"), null);
        PersonRecord undated = new PersonRecord("4", 0, "Ann", "Okafor", BIRTH, null, "9 Park Road", "SK4 2BB", null, null, null,
                null, null, null, null);
        int renamed = Field.FAMILY_NAME.levels().indexOf("renamed at a move");
        assertThat(level(Field.FAMILY_NAME, before, married)).isEqualTo(renamed);
        assertThat(level(Field.FAMILY_NAME, before, later)).as("years apart").isEqualTo(Field.FAMILY_NAME.disagreement());
        assertThat(level(Field.FAMILY_NAME, before, undated)).as("no period").isEqualTo(Field.FAMILY_NAME.disagreement());
        assertThat(level(Field.FAMILY_NAME, married, later)).as("the same name").isZero();
    }

    @Test
    void addressesGradeByTheShareOfAlikeWordsWhereverTheyMatch() {
        assertThat(level(Field.ADDRESS, living("1", "12 Oak Rise Heaton Moor"), living("2", "12 oak rise heaton moor"))).isZero();
        assertThat(level(Field.ADDRESS, living("1", "12 Oak Rise Heaton Moor"), living("2", "12 Oak Rse Heaton Moor"))).as("similar")
                .isEqualTo(1);
        assertThat(level(Field.ADDRESS, living("1", "Flat 3 Beech Court Stockport"), living("2", "Beech Court Stockport")))
                .as("the alike words come last: Dice 6/8").isEqualTo(2);
        assertThat(level(Field.ADDRESS, living("1", "Flat 3 Mill House Lane End Stockport"), living("2", "Mill House Lane")))
                .as("Dice 6/10, the alike words in the middle").isEqualTo(2);
        assertThat(level(Field.ADDRESS, living("1", "9 Park Mews Offerton Stockport"), living("2", "34 Oak Rise Heaton Stockport")))
                .as("Dice 2/9").isEqualTo(3);
    }

    @ParameterizedTest(name = "{0} against {1}: {3}")
    @CsvSource(delimiter = '|', textBlock = """
            11 Custance Street | 11 Custancestreet | 1 | a space left out, the same house
            63 Rose Bank Close | 63 Rosebamk Close | 1 | a space left out and a typo
            63 Bennetts Close  | 63 Bennettyzclose | 1 | two edits in twelve letters or more
            8 Custance Street  | 11 Custancestreet | 2 | another house on the street
            4 Oak Rise         | 4 Oakrisk         | 1 | fewer than twelve letters: one edit
            4 Oak Rise         | 4 Oakriks         | 3 | fewer than twelve letters: two edits are too many
            2 Elm Way          | 2 Elmway          | 1 | six letters
            3 Ox Lea           | 3 Oxlea           | 3 | too few letters to look past a word break
            12 Mill Lane       | 12 Hill Lane      | 2 | the words break alike: by the words alone
            Flat A Rose Court  | Flat B Rose Court | 2 | another flat: by the words alone
            12 Eastfield Road  | 12 Westfield Road | 2 | another street: by the words alone
            """)
    void addressesWhoseWordBreaksDifferAreComparedWithTheirWordsRunTogether(String one, String other, int expected, String why) {
        assertThat(level(Field.ADDRESS, living("1", one), living("2", other))).as(why).isEqualTo(expected);
    }

    private static PersonRecord calling(String id, String phone) {
        return new PersonRecord(id, 0, "Ann", "Ng", BIRTH, null, null, null, null, null, null, null, phone, null);
    }

    @Test
    void aPhoneNumberOneSlipFromTheOtherIsOneSlip() {
        int slip = Field.PHONE.levels().indexOf("one slip");
        assertThat(level(Field.PHONE, calling("1", "07976 84890"), calling("2", "0797684890"))).isZero();
        assertThat(level(Field.PHONE, calling("1", "0161 480 2020"), calling("2", "0161 489 2020"))).as("a digit changed").isEqualTo(slip);
        assertThat(level(Field.PHONE, calling("1", "0754659152"), calling("2", "0754569152"))).as("neighbours swapped").isEqualTo(slip);
        assertThat(level(Field.PHONE, calling("1", "0161 480 2020"), calling("2", "0161 48 2020"))).as("a digit left out").isEqualTo(slip);
        assertThat(level(Field.PHONE, calling("1", "0161 480 2020"), calling("2", "0208 480 2020"))).as("another area code")
                .isEqualTo(Field.PHONE.levels().indexOf("last six digits"));
        assertThat(level(Field.PHONE, calling("1", "0161 480 2020"), calling("2", "0161 480 7731"))).isEqualTo(Field.PHONE.disagreement());
        assertThat(level(Field.PHONE, calling("1", "12345"), calling("2", "12346"))).as("too short to tell a slip")
                .isEqualTo(Field.PHONE.disagreement());
    }

    @Test
    void givenNamesGradeFromExactToDifferent() {
        assertThat(level(Field.GIVEN_NAME, person("1", "William", "Ng", BIRTH), person("2", "william", "Ng", BIRTH))).isZero();
        assertThat(level(Field.GIVEN_NAME, person("1", "William", "Ng", BIRTH), person("2", "Bill", "Ng", BIRTH)))
                .as("nickname").isEqualTo(1);
        assertThat(level(Field.GIVEN_NAME, person("1", "Jonathon", "Ng", BIRTH), person("2", "Jonathan", "Ng", BIRTH)))
                .as("typo").isEqualTo(2);
        assertThat(level(Field.GIVEN_NAME, person("1", "J", "Ng", BIRTH), person("2", "Jane", "Ng", BIRTH)))
                .as("initial").isEqualTo(5);
        assertThat(level(Field.GIVEN_NAME, person("1", "Amira", "Ng", BIRTH), person("2", "Zoe", "Ng", BIRTH)))
                .isEqualTo(Field.GIVEN_NAME.disagreement());
    }

    @Test
    void oneSlipOfTheKeyboardIsSeenInShortNamesToo() {
        assertThat(Comparisons.oneSlip("wil", "wio")).isTrue();
        assertThat(Comparisons.oneSlip("hari", "hai")).isTrue();
        assertThat(Comparisons.oneSlip("clain", "clian")).as("neighbours swapped").isTrue();
        assertThat(Comparisons.oneSlip("ann", "zoe")).isFalse();
        assertThat(level(Field.GIVEN_NAME, person("1", "Wil", "Ng", BIRTH), person("2", "Wio", "Ng", BIRTH))).isEqualTo(3);
    }

    @Test
    void accentsCaseAndPunctuationDoNotMatter() {
        assertThat(level(Field.FAMILY_NAME, person("1", "Zoe", "O'Brien", BIRTH), person("2", "Zoë", "OBRIEN", BIRTH))).isZero();
        assertThat(level(Field.GIVEN_NAME, person("1", "Zoë", "Ng", BIRTH), person("2", "zoe", "Ng", BIRTH))).isZero();
    }

    @Test
    void oneAgreeingPartOfAHyphenatedFamilyNameCounts() {
        assertThat(level(Field.FAMILY_NAME, person("1", "Mia", "Smith-Jones", BIRTH), person("2", "Mia", "Jones", BIRTH)))
                .isEqualTo(1);
    }

    @Test
    void namesWrittenTheOtherWayRoundAreSeen() {
        assertThat(level(Field.FAMILY_NAME, person("1", "Kwame", "Mensah", BIRTH), person("2", "Mensah", "Kwame", BIRTH)))
                .isEqualTo(5);
        assertThat(level(Field.GIVEN_NAME, person("1", "Kwame", "Mensah", BIRTH), person("2", "Mensah", "Kwame", BIRTH)))
                .isEqualTo(6);
        // the other way round and one of them mistyped as well
        assertThat(level(Field.FAMILY_NAME, person("1", "Abby", "Sporn", BIRTH), person("2", "Sporn", "Abyb", BIRTH)))
                .isEqualTo(5);
        assertThat(level(Field.GIVEN_NAME, person("1", "Hannah", "Mihal", BIRTH), person("2", "Mihal", "Hannsh", BIRTH)))
                .isEqualTo(6);
        assertThat(level(Field.FAMILY_NAME, person("1", "John", "Coxon", BIRTH), person("2", "Cooxn", "Jonh", BIRTH)))
                .isEqualTo(5);
        // one name crossing over, the other new: crossed, on the given name only
        assertThat(level(Field.GIVEN_NAME, person("1", "Natalia", "Streich", BIRTH), person("2", "Masobn", "Natalia", BIRTH)))
                .isEqualTo(Field.GIVEN_NAME.levels().indexOf("crossed"));
        assertThat(level(Field.GIVEN_NAME, person("1", "Harrison", "Capurso", BIRTH), person("2", "Capurso", "Ruby", BIRTH)))
                .isEqualTo(Field.GIVEN_NAME.levels().indexOf("crossed"));
        assertThat(level(Field.FAMILY_NAME, person("1", "Natalia", "Streich", BIRTH), person("2", "Masobn", "Natalia", BIRTH)))
                .isEqualTo(Field.FAMILY_NAME.disagreement());
        assertThat(level(Field.GIVEN_NAME, person("1", "Natalia", "Streich", BIRTH), person("2", "Masobn", "Nataliya", BIRTH)))
                .as("only the very name crosses").isEqualTo(Field.GIVEN_NAME.disagreement());
        assertThat(level(Field.GIVEN_NAME, person("1", "Smith", "Smith", BIRTH), person("2", "John", "Smith", BIRTH)))
                .as("the family names agree: no crossing").isEqualTo(Field.GIVEN_NAME.disagreement());
        assertThat(level(Field.GIVEN_NAME, person("1", "Smith", null, BIRTH), person("2", "John", "Smith", BIRTH)))
                .as("one family name missing: no crossing").isEqualTo(Field.GIVEN_NAME.disagreement());
        // only one name crossing over is not the same name written the other way round: crossed, not swapped
        assertThat(level(Field.FAMILY_NAME, person("1", "Alicia", "Heron", BIRTH), person("2", "Heron", "Brooke", BIRTH)))
                .isEqualTo(Field.FAMILY_NAME.disagreement());
        assertThat(level(Field.GIVEN_NAME, person("1", "Alicia", "Heron", BIRTH), person("2", "Heron", "Alison", BIRTH)))
                .isEqualTo(Field.GIVEN_NAME.levels().indexOf("crossed"));
    }

    @Test
    void datesOfBirthGradeTranspositionsTyposAndPartialDates() {
        assertThat(Comparisons.dateOfBirth(20120314, 20120314)).isZero();
        assertThat(Comparisons.dateOfBirth(20120305, 20120503)).as("day and month swapped").isEqualTo(1);
        assertThat(Comparisons.dateOfBirth(20120314, 20130314)).as("one part differs").isEqualTo(2);
        assertThat(Comparisons.dateOfBirth(20120000, 20120314)).as("year only, agreeing").isEqualTo(3);
        assertThat(Comparisons.dateOfBirth(20110000, 20120314)).as("year only, differing").isEqualTo(5);
        assertThat(Comparisons.dateOfBirth(20120000, 20120000)).as("both year only: not an exact date").isEqualTo(3);
        assertThat(Comparisons.dateOfBirth(20120300, 20120300)).as("both year and month only").isEqualTo(3);
        assertThat(Comparisons.dateOfBirth(314, 314)).as("both 14 March, without a year").isEqualTo(3);
        assertThat(Comparisons.dateOfBirth(19800101, 20120314)).isEqualTo(5);
        assertThat(Comparisons.dateOfBirth(0, 20120314)).isEqualTo(Comparisons.MISSING);
    }

    @Test
    void aYearDiffersAsATypoOnlyByOneDigitOrTwoNeighboursSwapped() {
        assertThat(Comparisons.yearTypo(2014, 2015)).isTrue();
        assertThat(Comparisons.yearTypo(1983, 1938)).isTrue();
        assertThat(Comparisons.yearTypo(1995, 2022)).isFalse();
        assertThat(Comparisons.dateOfBirth(19950123, 20220123)).as("a parent and child born on the same day").isEqualTo(5);
    }

    @Test
    void datesNearInYearAndDayAreCloseButNotSiblingsOrParents() {
        assertThat(Comparisons.dateOfBirth(19951210, 19941212)).as("a year and two days apart").isEqualTo(4);
        assertThat(Comparisons.dateOfBirth(20020722, 20120717)).as("a year digit and five days").isEqualTo(4);
        assertThat(Comparisons.dateOfBirth(19741231, 19750102)).as("across the turn of the year").isEqualTo(4);
        assertThat(Comparisons.dateOfBirth(20120314, 20130601)).as("a year and about eleven weeks apart").isEqualTo(5);
        assertThat(Comparisons.dateOfBirth(20120314, 20140320)).as("two years apart").isEqualTo(5);
        assertThat(Comparisons.dateOfBirth(19850314, 20120320)).as("a parent and child").isEqualTo(5);
        assertThat(Comparisons.dateOfBirth(19740102, 19751231)).as("two years less two days").isEqualTo(5);
        assertThat(Comparisons.dateOfBirth(19740105, 19741228)).as("the ends of one year").isEqualTo(5);
        assertThat(Comparisons.dateOfBirth(19460501, 19640520)).as("the last two digits swapped").isEqualTo(5);
        assertThat(Comparisons.dateOfBirth(19991231, 20000101)).as("new year's eve and day").isEqualTo(4);
        assertThat(Comparisons.higherDigitSlip(1982, 1992)).isTrue();
        assertThat(Comparisons.higherDigitSlip(1982, 1983)).isFalse();
        assertThat(Comparisons.higherDigitSlip(1982, 1972 + 100)).isFalse();
        assertThat(Field.DATE_OF_BIRTH.levels().get(4)).isEqualTo("close");
    }

    @Test
    void firstOfJanuaryIsReadAsTheYearAlone() {
        assertThat(RecordTable.withoutPlaceholder(new PartialDate(1981, 1, 1))).isEqualTo(new PartialDate(1981, 0, 0));
        assertThat(level(Field.DATE_OF_BIRTH, person("1", "Kelly", "Greenwood", new PartialDate(1981, 1, 1)),
                person("2", "Kelly", "Greenwood", new PartialDate(1981, 3, 26)))).isEqualTo(3);
    }

    @Test
    void aFieldEitherRecordLacksIsNotCompared() {
        assertThat(level(Field.GIVEN_NAME, person("1", null, "Ng", BIRTH), person("2", "Ann", "Ng", BIRTH)))
                .isEqualTo(Comparisons.MISSING);
    }

    @Test
    void onlyValidNhsNumbersAreCompared() {
        PersonRecord valid = new PersonRecord("1", 0, "Ann", "Ng", BIRTH, null, null, null, null, "943 476 5919", null, null, null,
                null);
        PersonRecord sameWritten = new PersonRecord("2", 0, "Ann", "Ng", BIRTH, null, null, null, null, "9434765919", null, null,
                null, null);
        PersonRecord invalid = new PersonRecord("3", 0, "Ann", "Ng", BIRTH, null, null, null, null, "9434765918", null, null, null,
                null);
        assertThat(level(Field.NHS_NUMBER, valid, sameWritten)).isZero();
        assertThat(level(Field.NHS_NUMBER, valid, invalid)).isEqualTo(Comparisons.MISSING);
    }

    @Test
    void postcodesGradeFromExactToSameDistrict() {
        PersonRecord a = new PersonRecord("1", 0, "Ann", "Ng", BIRTH, null, null, "SK1 3XE", null, null, null, null, null, null);
        PersonRecord typo = new PersonRecord("2", 0, "Ann", "Ng", BIRTH, null, null, "sk1 3xf", null, null, null, null, null, null);
        PersonRecord district = new PersonRecord("3", 0, "Ann", "Ng", BIRTH, null, null, "SK1 4AB", null, null, null, null, null,
                null);
        assertThat(level(Field.POSTCODE, a, typo)).isEqualTo(1);
        assertThat(level(Field.POSTCODE, a, district)).isEqualTo(2);
    }

    @Test
    void uprnsAgreeExactlyWhateverTheLeadingZerosAndHouseholdsShareThem() {
        PersonRecord flat = new PersonRecord("1", 0, "Ann", "Ng", BIRTH, null, "Flat 2, Beech Court", "SK1 5DA", null, null, null, null,
                null, null, "000100012345");
        PersonRecord written = new PersonRecord("2", 0, "Ann", "Ng", BIRTH, null, "2 Beech Ct", "SK1 5DA", null, null, null, null, null,
                null, "100012345");
        PersonRecord elsewhere = new PersonRecord("3", 0, "Ann", "Ng", BIRTH, null, "2 Beech Ct", "SK1 5DA", null, null, null, null, null,
                null, "100012346");
        assertThat(level(Field.UPRN, flat, written)).isZero();
        assertThat(level(Field.UPRN, flat, elsewhere)).isEqualTo(Field.UPRN.disagreement());
        assertThat(level(Field.UPRN, flat, person("4", "Ann", "Ng", BIRTH))).isEqualTo(Comparisons.MISSING);
        assertThat(RecordTable.uprn("0000")).as("no UPRN").isNull();
        assertThat(RecordTable.uprn("100023336956.0")).as("as a spreadsheet writes it").isEqualTo("100023336956");
        assertThat(RecordTable.uprn(" 00100023336956 ")).isEqualTo("100023336956");
        RecordTable table = new RecordTable(List.of(flat, written));
        long pattern = new Comparisons(table, table.present).pattern(0, 1);
        assertThat(HouseholdModel.applies(pattern)).as("one dwelling, however its address is written").isTrue();
    }
}

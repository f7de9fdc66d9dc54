package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LinkerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T02:00:00Z"), ZoneOffset.UTC);

    private static LinkResult link(List<PersonRecord> records) {
        return new Linker(LinkSettings.defaults().withThreads(2), CLOCK).link(records);
    }

    @Test
    void findsThePeopleRecordedTwiceWithoutMergingTheirHouseholds() {
        TestPopulation population = new TestPopulation(7, 1500);
        LinkResult result = link(population.records);
        long truePairs = 0;
        long found = 0;
        long wrong = 0;
        for (int a = 0; a < population.records.size(); a++) {
            for (int b = a + 1; b < population.records.size(); b++) {
                boolean same = population.truth.get(a).equals(population.truth.get(b));
                boolean together = result.personOf()[a] == result.personOf()[b];
                truePairs += same ? 1 : 0;
                found += same && together ? 1 : 0;
                wrong += !same && together ? 1 : 0;
            }
        }
        assertThat(truePairs).isGreaterThan(500);
        assertThat((double) found / truePairs).as("recall").isGreaterThan(0.97);
        // household members share a family name, address and postcode; a sibling can even share a given name
        assertThat((double) found / (found + wrong)).as("precision: records of different people put together")
                .isGreaterThanOrEqualTo(0.999);
    }

    @Test
    void twoDifferentValidNhsNumbersAreNeverOnePerson() {
        TestPopulation population = new TestPopulation(11, 800);
        List<PersonRecord> records = new ArrayList<>(population.records);
        // the same details twice, but with two different valid NHS numbers: two people (e.g. twins recorded alike)
        records.add(People.person("twin-1", "Alex", "Quinn", "2015-06-01", "SK4 1AA", "3 Mill Lane", "9434765919"));
        records.add(People.person("twin-2", "Alex", "Quinn", "2015-06-01", "SK4 1AA", "3 Mill Lane", "4010232137"));
        LinkResult result = link(records);
        int last = records.size() - 1;
        assertThat(result.personOf()[last]).isNotEqualTo(result.personOf()[last - 1]);
        assertThat(result.pairs()).noneMatch(p -> p.left() == last - 1 && p.right() == last
                && p.decision() == ScoredPair.Decision.LINK);
    }

    @Test
    void everyLinkIsExplainedFieldByField() {
        TestPopulation population = new TestPopulation(3, 600);
        LinkResult result = link(population.records);
        ScoredPair link = result.pairs().stream().filter(p -> p.decision() == ScoredPair.Decision.LINK).findFirst().orElseThrow();
        List<FieldAgreement> why = result.model().explain(link.pattern());
        assertThat(why).extracting(FieldAgreement::field).contains(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.DATE_OF_BIRTH);
        assertThat(why.stream().mapToDouble(FieldAgreement::weight).sum()).isCloseTo(link.weight(),
                org.assertj.core.data.Offset.offset(1e-9));
        assertThat(result.scorer().explain(link.left(), link.right())).isEqualTo(why);
    }

    @Test
    void theSameRecordsGiveTheSameResult() {
        TestPopulation population = new TestPopulation(5, 700);
        LinkResult first = link(population.records);
        LinkResult second = link(population.records);
        assertThat(second.personOf()).isEqualTo(first.personOf());
        assertThat(second.pairs()).isEqualTo(first.pairs());
    }

    @Test
    void configuredProbabilitiesReplaceTheEstimates() {
        TestPopulation population = new TestPopulation(9, 400);
        LinkSettings settings = LinkSettings.defaults().withOverrides(java.util.Map.of(Field.DATE_OF_BIRTH,
                java.util.Map.of("exact", new double[] {0.97, 0.0005})));
        LinkResult result = new Linker(settings, CLOCK).link(population.records);
        assertThat(result.model().m(Field.DATE_OF_BIRTH, 0)).isEqualTo(0.97);
        assertThat(result.model().u(Field.DATE_OF_BIRTH, 0)).isEqualTo(0.0005);
    }

    @Test
    void aPossibleMatchIsNeverMerged() {
        TestPopulation population = new TestPopulation(13, 1000);
        LinkResult result = link(population.records);
        Set<Integer> merged = new HashSet<>();
        for (ScoredPair pair : result.pairs()) {
            if (pair.decision() == ScoredPair.Decision.LINK) {
                assertThat(result.personOf()[pair.left()]).isEqualTo(result.personOf()[pair.right()]);
                merged.add(pair.left());
            }
        }
        assertThat(merged).isNotEmpty();
    }

    @Test
    void aPersonWhoChangedFamilyNameAndMovedIsOnePersonButRelativesAreNotChainedIn() {
        List<PersonRecord> records = List.of(
                People.person("moved-1", "Sarah", "Hargreaves", "1979-09-02", "SK6 2ZT", "31 Maple Court", null),
                People.person("moved-2", "Sarah", "Turner", "1979-09-02", "SK6 2ZT", "31 Maple Court", null),
                People.person("moved-3", "Sarah", "Turner", "1979-09-02", "SK4 1AJ", "10 Vicarage Close", null),
                People.person("moved-4", "Sarah", "Hargreaves", "1979-09-02", "SK4 1AJ", "10 Vicarage Close", null),
                // her mother, of the same name, at the old address with her date of birth left out once
                People.person("mother-1", "Sarah", "Hargreaves", "1950-03-14", "SK6 2ZT", "31 Maple Court", null),
                People.person("mother-2", "Sarah", "Hargreaves", null, "SK6 2ZT", "31 Maple Court", null));
        LinkResult result = new Linker(LinkSettings.defaults().withThreads(2).withModel(councilLikeModel()), CLOCK).link(records);
        // across the move only given name and date of birth agree for two of the pairs: weak, but not against
        assertThat(result.scorer().probability(0, 2)).isLessThan(LinkSettings.defaults().possibleAt());
        assertThat(result.scorer().evidence(0, 2)).isPositive();
        assertThat(result.scorer().evidence(0, 4)).as("mother and daughter").isNegative();
        for (int i = 1; i < 4; i++) {
            assertThat(result.personOf()[i]).as(records.get(i).id()).isEqualTo(result.personOf()[0]);
        }
        assertThat(result.personOf()[4]).as("the mother").isNotEqualTo(result.personOf()[0]);
    }

    @Test
    void whatADateOfBirthSaysIsLearntEvenWhereMostPeopleSharingANameAreStrangers() {
        // names that sound alike, one for a man and one for a woman: strangers sharing a name's sounds
        // far outnumber the people recorded twice, and name and gender agree together among them
        String[][] given = {{"John", "Joan"}, {"Carl", "Carol"}, {"Francis", "Frances"}, {"Adrian", "Adrienne"},
            {"Jesse", "Jessie"}, {"Ian", "Ann"}};
        String[] family = {"Smith", "Thompson", "Clarke"};
        java.util.Random random = new java.util.Random(31);
        List<PersonRecord> records = new ArrayList<>();
        for (int p = 0; p < 6000; p++) {
            int woman = random.nextInt(2);
            String name = given[random.nextInt(given.length)][woman];
            String surname = family[random.nextInt(family.length)];
            PartialDate birth = new PartialDate(1980 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
            int copies = random.nextInt(3) == 0 ? 2 : 1;
            for (int c = 0; c < copies; c++) {
                records.add(new PersonRecord("p" + p + "-" + c, 0, name, surname, birth, woman == 1 ? "F" : "M", p + " Mill Lane",
                        null, null, null, null, null, null, null));
            }
        }
        LinkResult result = link(records);
        assertThat(result.model().m(Field.DATE_OF_BIRTH, 0)).as("m of an exact date of birth").isGreaterThan(0.9);
    }

    @Test
    void aDuplicateWhoseDateOfBirthWasRecordedWronglyIsStillFoundAndLinked() {
        String[] given = {"Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy", "Leo", "Freya"};
        java.util.Random random = new java.util.Random(43);
        List<PersonRecord> records = new ArrayList<>();
        List<int[]> wrongBirth = new ArrayList<>();
        for (int p = 0; p < 3000; p++) {
            String name = given[random.nextInt(given.length)];
            String surname = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)].toLowerCase()
                    + SYLLABLES[random.nextInt(SYLLABLES.length)].toLowerCase();
            String birth = (1940 + random.nextInt(70)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            String postcode = "SK" + (1 + p % 9) + " " + (1 + p % 7) + (char) ('A' + p % 26) + (char) ('A' + p / 26 % 26);
            records.add(People.person("p" + p + "-a", name, surname, birth, postcode, p + " Mill Lane", null));
            if (random.nextInt(2) == 0) {
                boolean wrong = random.nextInt(8) == 0;
                String again = wrong ? (1940 + random.nextInt(70)) + "-0" + (1 + random.nextInt(9)) + "-2" + random.nextInt(8) : birth;
                records.add(People.person("p" + p + "-b", name, surname, again, postcode, p + " Mill Lane", null));
                if (wrong) {
                    wrongBirth.add(new int[] {records.size() - 2, records.size() - 1});
                }
            }
        }
        LinkResult result = link(records);
        assertThat(wrongBirth).hasSizeGreaterThan(100);
        assertThat(wrongBirth).as("compared, whatever decade the wrong date is in")
                .allMatch(pair -> result.scorer().compared(pair[0], pair[1]));
        long linked = wrongBirth.stream().filter(pair -> result.personOf()[pair[0]] == result.personOf()[pair[1]]).count();
        assertThat((double) linked / wrongBirth.size()).as("linked").isGreaterThan(0.9);
        assertThat(result.model().m(Field.DATE_OF_BIRTH, Field.DATE_OF_BIRTH.disagreement())).as("m of a different date of birth")
                .isGreaterThan(0.03);
    }

    @Test
    void oneToOneLinksALoneCounterpartThatAloneIsOnlyAPossibleMatch() {
        TestPopulation population = new TestPopulation(17, 900);
        List<PersonRecord> records = new ArrayList<>();
        int renamedLeft = -1;
        int renamedRight = -1;
        Set<Integer> seen = new HashSet<>();
        java.util.Random random = new java.util.Random(29);
        for (int i = 0; i < population.records.size(); i++) {
            PersonRecord r = population.records.get(i);
            if (!seen.add(population.truth.get(i))) {
                continue;
            }
            // every person once on each side, on the right a name now and then replaced (as in Febrl's data), and
            // one person with both names replaced
            boolean renamed = renamedLeft < 0 && i > 100;
            String given = renamed ? "Zebedee" : random.nextInt(16) == 0 ? "Ottilie" + i : r.givenName();
            String family = renamed ? "Quartermaine" : random.nextInt(16) == 0 ? "Featherstone" + i : r.familyName();
            records.add(r);
            records.add(new PersonRecord(r.id() + "-r", 1, given, family, r.dateOfBirth(), null, r.address(), r.postcode(), null, null,
                    null, null, null, null));
            if (renamed) {
                renamedLeft = records.size() - 2;
                renamedRight = records.size() - 1;
            }
        }
        LinkSettings settings = LinkSettings.defaults().withThreads(2);
        LinkResult plain = new Linker(settings, CLOCK).link(records);
        LinkResult oneToOne = new Linker(settings.withOneToOne(true), CLOCK).link(records);
        assertThat(plain.personOf()[renamedLeft]).as("each pair alone").isNotEqualTo(plain.personOf()[renamedRight]);
        assertThat(oneToOne.scorer().keysShared(renamedLeft, renamedRight)).as("no name left to block on")
                .contains("birth_and_postcode");
        assertThat(oneToOne.personOf()[renamedLeft]).as("one to one").isEqualTo(oneToOne.personOf()[renamedRight]);
        int l = renamedLeft;
        int r = renamedRight;
        assertThat(oneToOne.pairs()).filteredOn(p -> p.left() == l && p.right() == r).singleElement()
                .satisfies(p -> assertThat(p.decision()).isEqualTo(ScoredPair.Decision.LINK));
        for (int a = 0; a < records.size(); a++) {
            for (int b = a + 1; b < records.size(); b++) {
                if (oneToOne.personOf()[a] == oneToOne.personOf()[b]) {
                    assertThat(b).as("record %s with its own counterpart only", records.get(a).id()).isEqualTo(a + 1);
                }
            }
        }
        assertThat(oneToOne.pairs()).extracting(p -> p.left() + "-" + p.right()).as("each pair once").doesNotHaveDuplicates();
        assertThat(new Linker(settings.withOneToOne(true), CLOCK).link(records).pairs()).as("the same again")
                .isEqualTo(oneToOne.pairs());
    }

    @Test
    void aRecordWithoutDateOfBirthWhoseFamilyNameIsMistypedLateIsComparedByTheNamesBeginnings() {
        TestPopulation population = new TestPopulation(19, 300);
        List<PersonRecord> records = new ArrayList<>(population.records);
        // letters swapped late in the family name change its sound; no date of birth, another postcode, the street reworded
        records.add(People.person("known", "Millane", "Reinmuth", "1994-05-19", "SK4 1AA", "1 Galloway Street", null));
        records.add(People.person("unsure", "Millane", "Reimnuth", null, "SK4 8AA", "1 Agarabi Galloway Street", null));
        LinkResult result = link(records);
        int last = records.size() - 1;
        assertThat(result.scorer().keysShared(last - 1, last)).containsExactly("name_prefixes_any_birth");
        assertThat(result.scorer().compared(last - 1, last)).isTrue();
    }

    @Test
    void twoSetsWithNobodyInCommonGiveNoLinksEvenWhereNamesAreWrittenTheOtherWayRound() {
        java.util.Random random = new java.util.Random(17);
        String[] syllables = {"ka", "lo", "mi", "ren", "sa", "tor", "vel", "an", "bri", "dun", "el", "fo", "gar", "hes", "is"};
        List<PersonRecord> records = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            int side = i % 2;
            String given = word(random, syllables);
            String family = word(random, syllables) + word(random, syllables);
            PartialDate birth = new PartialDate(1930 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String postcode = "SK" + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9)) + "A" + (char) ('A' + random.nextInt(26));
            records.add(new PersonRecord("r" + i, side, given, family, birth, null, (1 + random.nextInt(90)) + " "
                    + word(random, syllables) + " Road", postcode, null, null, null, null, null, null));
            if (side == 0 && i % 100 == 0) {
                // a stranger on the other side whose names are this record's the other way round
                records.add(new PersonRecord("swapped-" + i, 1, family, given, new PartialDate(1900 + i % 50, 1, 1), null,
                        (i % 97 + 1) + " Far Road", "M1 " + (i % 9 + 1) + "ZZ", null, null, null, null, null, null));
            }
        }
        LinkResult result = new Linker(LinkSettings.defaults().withThreads(2).withOneToOne(true), CLOCK).link(records);
        assertThat(result.statistics().comparisons()).as("pairs were compared").isGreaterThan(1000);
        assertThat(result.model().findsMatches()).as("the estimate found no matches").isFalse();
        assertThat(result.pairs()).as("links and possible matches").isEmpty();

        // the other set without dates of birth: the field is present but never compared, and says nothing either way
        List<PersonRecord> undated = records.stream().map(r -> r.side() == 0 ? r : new PersonRecord(r.id(), 1, r.givenName(),
                r.familyName(), PartialDate.UNKNOWN, null, r.address(), r.postcode(), null, null, null, null, null, null)).toList();
        LinkResult withoutDates = new Linker(LinkSettings.defaults().withThreads(2), CLOCK).link(undated);
        assertThat(withoutDates.model().findsMatches()).isFalse();
        assertThat(withoutDates.pairs()).isEmpty();
    }

    private static String word(java.util.Random random, String[] syllables) {
        return syllables[random.nextInt(syllables.length)] + syllables[random.nextInt(syllables.length)];
    }

    @Test
    void withoutAnyPlaceInTheDataAFamilyNameAloneDoesNotHoldTheSamePersonApart() {
        List<int[]> wrongBirth = new ArrayList<>();
        List<PersonRecord> records = namesDatesAndEmails(wrongBirth, false);
        LinkResult result = link(records);
        assertThat(wrongBirth).hasSizeGreaterThan(100);
        long linked = wrongBirth.stream().filter(pair -> result.personOf()[pair[0]] == result.personOf()[pair[1]]).count();
        assertThat((double) linked / wrongBirth.size()).as("linked although family name agrees and date of birth differs")
                .isGreaterThan(0.9);
        for (int a = 0; a < records.size(); a++) {
            for (int b = a + 1; b < records.size(); b++) {
                if (result.personOf()[a] == result.personOf()[b]) {
                    assertThat(records.get(a).email()).as("one person, one e-mail").isEqualTo(records.get(b).email());
                }
            }
        }
    }

    @Test
    void whereTheDataHasPlacesAPairWithoutOneThatSharesOnlyAFamilyIsAtMostPossible() {
        // the same people, but most records elsewhere carry an address: households can show, so a pair with no
        // place, one family name and different dates of birth may be two relatives
        List<int[]> wrongBirth = new ArrayList<>();
        LinkResult result = link(namesDatesAndEmails(wrongBirth, true));
        assertThat(wrongBirth).hasSizeGreaterThan(100);
        assertThat(wrongBirth).noneMatch(pair -> result.personOf()[pair[0]] == result.personOf()[pair[1]]);
        assertThat(result.pairs()).filteredOn(p -> wrongBirth.stream().anyMatch(w -> w[0] == p.left() && w[1] == p.right()))
                .isNotEmpty().allMatch(p -> p.decision() == ScoredPair.Decision.POSSIBLE);
    }

    /**
     * People with names, dates of birth and e-mails, half recorded twice, a third of those with a date of birth
     * that differs in every part the second time (collected in {@code wrongBirth}); with {@code placedOthers}, the people
     * recorded once carry an address and postcode.
     */
    private static List<PersonRecord> namesDatesAndEmails(List<int[]> wrongBirth, boolean placedOthers) {
        java.util.Random random = new java.util.Random(23);
        List<PersonRecord> records = new ArrayList<>();
        for (int person = 0; person < 1500; person++) {
            String given = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)].toLowerCase();
            String family = SYLLABLES[random.nextInt(SYLLABLES.length)] + "by";
            PartialDate birth = new PartialDate(1950 + random.nextInt(60), 1 + random.nextInt(12), 1 + random.nextInt(28));
            String email = Integer.toString(100_000 + random.nextInt(900_000), 36) + "@example.org";
            boolean twice = random.nextInt(2) == 0;
            String address = placedOthers && !twice ? (1 + person) + " Mill Lane" : null;
            String postcode = address == null ? null : "SK4 " + (1 + person % 9) + "AB";
            records.add(new PersonRecord("p" + person, 0, given, family, birth, null, address, postcode, null, null, null, null, null,
                    email));
            if (twice) {
                // recorded again, a third of the time with a date of birth that has nothing to do with the first
                boolean wrong = random.nextInt(3) == 0;
                PartialDate second = wrong ? new PartialDate(birth.year() + 13, birth.month() % 12 + 1, birth.day() % 28 + 1) : birth;
                records.add(new PersonRecord("p" + person + "-b", 0, given, family, second, null, null, null, null, null, null, null,
                        null, email));
                if (wrong) {
                    wrongBirth.add(new int[] {records.size() - 2, records.size() - 1});
                }
            }
        }
        return records;
    }

    @Test
    void aRareFamilyNameDateOfBirthOrHouseAloneBringsRecordsTogetherACommonOneDoesNot() {
        TestPopulation population = new TestPopulation(31, 600);
        List<PersonRecord> records = new ArrayList<>(population.records);
        int first = records.size();
        // the family name is all these share: the given name is missing, the date of birth and postcode wrong
        records.add(People.person("rare-1", "Imogen", "Thistlethwaite", "1984-03-02", "SK1 1AA", null, null));
        records.add(People.person("rare-2", null, "Thistlethwaite", "1948-11-22", "M1 2BB", null, null));
        // the date of birth is all these share
        records.add(People.person("rare-3", "Alexis", "Brownlow", "1903-09-30", null, null, null));
        records.add(People.person("rare-4", "Sam", "Greenhalgh", "1903-09-30", null, null, null));
        // the house is all these share: names replaced, no date of birth, the postcode in another district
        records.add(People.person("rare-5", "Joshua", "Berryman", null, "SK1 1AA", "95 Leahy Place, Stockport", null));
        records.add(People.person("rare-6", "Zachary", "Quill", null, "M20 3BB", "95 Leahy Pl", null));
        LinkResult result = link(records);
        assertThat(result.scorer().keysShared(first, first + 1)).containsExactly("family_sound_alone");
        assertThat(result.scorer().keysShared(first + 4, first + 5)).containsExactly("house_alone");
        assertThat(result.scorer().keysShared(first + 2, first + 3)).containsExactly("date_of_birth_alone");
        // the population's family names are shared by far more than 20 records: those blocks are left to the other keys
        assertThat(result.statistics().blocking()).anySatisfy(line -> assertThat(line).startsWith("family_sound_alone: ")
                .contains("blocks over 20 records skipped"));
    }

    @Test
    void aStreetWithTheFamilyInitialBringsRecordsTogetherWhateverTheHouseNumberAndPostcode() {
        List<PersonRecord> common = new ArrayList<>();
        // more than 20 people on one street whose family names start with one letter
        for (int i = 0; i < 25; i++) {
            common.add(People.person("road-" + i, "Given" + i, "S" + SYLLABLES[i % SYLLABLES.length] + i, null, null,
                    (i + 1) + " Wellington Road", null));
        }
        // the street and the family name's first letter are all these share: names misspelt, no date
        // of birth on one, house number and postcode written wrongly
        assertOnlyRareValuesOfTheKeyAreCompared(33, "street_and_family_initial", List.of(
                People.person("street-1", "Lilly", "Beer", "1993-05-17", "SK3 0AB", "19 Lidgett Place, Stockport", null),
                People.person("street-2", "Lilp", "Bder", null, "M20 3BB", "14 Lidgett Place", null)), common);
    }

    @Test
    void aRareGivenNameInABirthYearBringsRecordsTogetherACommonOneDoesNot() {
        List<PersonRecord> common = new ArrayList<>();
        // more than 20 people of one given name born in one year
        for (int i = 0; i < 25; i++) {
            common.add(People.person("jack-" + i, "Jack", SYLLABLES[i % SYLLABLES.length] + "ley" + i,
                    "1990-" + String.format("%02d-%02d", 1 + i % 12, 1 + i), null, null, null));
        }
        // the given name and the year of birth are all these share: a new family name, another
        // home, and the day and month of birth written wrongly
        assertOnlyRareValuesOfTheKeyAreCompared(35, "given_name_and_birth_year", List.of(
                People.person("year-1", "Philippa", "Dagg", "1941-04-24", "SK3 0AB", "20 Notting Court", null),
                People.person("year-2", "Philippa", "Pikula", "1941-11-02", "M20 3BB", "7 Coggan Way", null)), common);
    }

    @Test
    void aRareGivenNameInATownBringsRecordsTogetherACommonOneDoesNot() {
        List<PersonRecord> common = new ArrayList<>();
        // a given name more than 20 people in the town share
        for (int i = 0; i < 25; i++) {
            common.add(inTown("jack-" + i, "Jack", SYLLABLES[i % SYLLABLES.length] + "ley" + i, new PartialDate(1950 + i, 1 + i % 12, 3),
                    "Marple"));
        }
        // the given name and the town are all these share: family name, date of birth and address changed
        assertOnlyRareValuesOfTheKeyAreCompared(37, "given_name_and_city", List.of(
                inTown("rare-1", "Peregrine", "Ashworth", new PartialDate(1981, 4, 12), "Marple"),
                inTown("rare-2", "Peregrine", "Okafor", new PartialDate(1979, 9, 3), "Marple")), common);
    }

    @Test
    void aMoveIntoTheHomeStillLivedInMeetsTheHomeLeftThatDayOrTheDayBeforeWhateverTheNamesSay() {
        List<PersonRecord> records = new ArrayList<>(new TestPopulation(39, 600).records);
        int first = records.size();
        java.time.LocalDate moved = java.time.LocalDate.of(2019, 6, 14);
        // the moving day and the given initial are all these share: a new family name, the given name
        // misspelt, no date of birth on the old tenancy, another home
        records.add(tenant("old", "Rosalind", "Featherby", PartialDate.UNKNOWN, "3 Mill Lane", "SK1 4AB", moved.minusYears(9), moved));
        records.add(tenant("new", "Rosalnid", "Okonjo", new PartialDate(1990, 2, 7), "41 Oak Road", "SK7 2CD", moved, null));
        // another tenant of that initial whose home began the day after (a move from the old home for the next-day key, not
        // one to meet the new), and one who left that day under another initial
        records.add(tenant("later", "Ruth", "Featherby", PartialDate.UNKNOWN, "9 Elm Street", "SK3 1EF", moved.plusDays(1), null));
        records.add(tenant("other", "Carys", "Okonjo", new PartialDate(1990, 2, 7), "12 Ash Grove", "SK4 5GH", moved.minusYears(3),
                moved));
        // a rent week ended on a Sunday, the next home begun on the Monday
        java.time.LocalDate sunday = java.time.LocalDate.of(2021, 3, 14);
        records.add(tenant("sunday", "Tamsin", "Pelling", PartialDate.UNKNOWN, "8 Brook Row", "SK2 6JK", sunday.minusYears(4), sunday));
        records.add(tenant("monday", "Tasmin", "Achebe", new PartialDate(1985, 11, 30), "70 Hill Top", "SK6 8LM", sunday.plusDays(1),
                null));
        LinkResult result = link(records);
        assertThat(result.scorer().keysShared(first, first + 1)).containsExactly("moving_day");
        assertThat(result.scorer().explain(first, first + 1)).filteredOn(a -> a.field() == Field.RESIDENCE).singleElement()
                .satisfies(a -> assertThat(a.level()).isEqualTo("moved that day"));
        assertThat(result.scorer().keysShared(first + 1, first + 2)).doesNotContain("moving_day");
        assertThat(result.scorer().keysShared(first, first + 2)).contains("moving_next_day");
        assertThat(result.scorer().keysShared(first + 1, first + 3)).doesNotContain("moving_day");
        assertThat(result.scorer().keysShared(first + 4, first + 5)).containsExactly("moving_next_day");
        assertThat(result.scorer().explain(first + 4, first + 5)).filteredOn(a -> a.field() == Field.RESIDENCE).singleElement()
                .satisfies(a -> assertThat(a.level()).isEqualTo("moved that day"));
    }

    /**
     * Links a population with a pair that shares nothing but the key's value and more than 20
     * records that share another value of it: the pair meets under the key alone, and the common
     * value's block is too large to compare (two of its records do not share the key) and is counted.
     */
    private void assertOnlyRareValuesOfTheKeyAreCompared(int seed, String key, List<PersonRecord> pair, List<PersonRecord> common) {
        List<PersonRecord> records = new ArrayList<>(new TestPopulation(seed, 600).records);
        int first = records.size();
        records.addAll(pair);
        records.addAll(common);
        LinkResult result = link(records);
        assertThat(result.scorer().keysShared(first, first + 1)).containsExactly(key);
        assertThat(result.scorer().keysShared(first + 2, first + 3)).doesNotContain(key);
        assertThat(result.statistics().blocking()).anySatisfy(line -> assertThat(line).startsWith(key + ": ")
                .contains("blocks over 20 records skipped"));
    }

    @Test
    void anEmailAddressWithATypoStillBringsRecordsTogether() {
        TestPopulation population = new TestPopulation(41, 300);
        List<PersonRecord> records = new ArrayList<>(population.records);
        int first = records.size();
        // nothing else to block on: one name missing, the other misspelt, the dates of birth ten years apart;
        // a letter dropped near the start of the local part, so only its last four characters agree
        records.add(withEmail("typo-1", "Evie", "Jones", new PartialDate(2002, 7, 22), "eviejones@brewer-sparks.org"));
        records.add(withEmail("typo-2", "Eie", null, new PartialDate(2012, 7, 17), "evejones@brewer-sparksi.org"));
        // two letters swapped near the end, so only its first four characters agree
        records.add(withEmail("typo-3", "Quentin", "Marsh", null, "quentin.marsh@example.net"));
        records.add(withEmail("typo-4", "Qentin", "Harsh", null, "quentin.mahrs@example.nt"));
        // strangers at one provider share neither end of their local parts
        records.add(withEmail("other-1", "Ada", "Lovelace", null, "ada.lovelace@example.net"));
        LinkResult result = link(records);
        assertThat(result.scorer().keysShared(first, first + 1)).containsExactly("email_tail");
        assertThat(result.scorer().keysShared(first + 2, first + 3)).containsExactly("email_head");
        assertThat(result.scorer().compared(first, first + 1)).isTrue();
        assertThat(result.scorer().compared(first + 2, first + 3)).isTrue();
        assertThat(result.scorer().compared(first + 2, first + 4)).isFalse();
        assertThat(result.scorer().compared(first, first + 4)).isFalse();
    }

    @Test
    void namesWrittenTheOtherWayRoundAndMistypedMeetInTheirPostcode() {
        TestPopulation population = new TestPopulation(43, 300);
        List<PersonRecord> records = new ArrayList<>(population.records);
        int first = records.size();
        // the given name mistyped as well as swapped, no date of birth on one, the address written differently
        records.add(People.person("swap-1", "Abigail", "Sporn", "1983-05-05", "SK4 2AB", "29 Nivison Place", null));
        records.add(People.person("swap-2", "Sporn", "Abigial", null, "SK4 2AB", "Nivison Pl", null));
        LinkResult result = link(records);
        assertThat(result.scorer().keysShared(first, first + 1)).containsExactly("postcode_and_both_initials");
        assertThat(result.scorer().explain(first, first + 1)).filteredOn(agreement -> agreement.field() == Field.GIVEN_NAME)
                .extracting(FieldAgreement::level).containsExactly("swapped");
    }

    @Test
    void whereNamesAreOftenWrittenTheOtherWayRoundSoWrittenDuplicatesAreLinkedAndTheSwapCountsOnce() {
        java.util.Random random = new java.util.Random(59);
        List<PersonRecord> records = new ArrayList<>();
        List<int[]> swappedPairs = new ArrayList<>();
        for (int p = 0; p < 1500; p++) {
            int first = random.nextInt(SYLLABLES.length);
            // the family name starts otherwise than the given name, so that the two names are not alike
            int familyFirst = (first + 1 + random.nextInt(SYLLABLES.length - 1)) % SYLLABLES.length;
            String given = SYLLABLES[first] + SYLLABLES[random.nextInt(SYLLABLES.length)].toLowerCase() + "a";
            String family = SYLLABLES[familyFirst] + SYLLABLES[random.nextInt(SYLLABLES.length)].toLowerCase() + "wood";
            PartialDate born = new PartialDate(1940 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
            records.add(PersonRecord.named("p" + p + "-a", given, family, born));
            // a fifth of the duplicates have their names the other way round, as in some source systems' exports
            boolean swap = p % 5 == 0;
            records.add(PersonRecord.named("p" + p + "-b", swap ? family : given, swap ? given : family, born));
            if (swap) {
                swappedPairs.add(new int[] {records.size() - 2, records.size() - 1});
            }
        }
        LinkResult result = link(records);
        for (int[] pair : swappedPairs) {
            assertThat(result.personOf()[pair[0]]).as("%s and %s", records.get(pair[0]).id(), records.get(pair[1]).id())
                    .isEqualTo(result.personOf()[pair[1]]);
        }
        int[] pair = swappedPairs.get(0);
        List<FieldAgreement> why = result.scorer().explain(pair[0], pair[1]);
        assertThat(why).filteredOn(agreement -> agreement.field() == Field.FAMILY_NAME).singleElement()
                .satisfies(agreement -> assertThat(agreement.level()).isEqualTo("swapped"))
                .satisfies(agreement -> assertThat(agreement.weight()).as("counted with the given name").isZero());
        assertThat(why).filteredOn(agreement -> agreement.field() == Field.GIVEN_NAME).singleElement()
                .satisfies(agreement -> assertThat(agreement.weight()).isGreaterThan(5));
    }

    @Test
    void aTenantWhoMovedOnUnderANewFamilyNameIsLinkedByTheTenanciesOneAfterTheOtherButNotANamesakeLivingElsewhereAtTheSameTime() {
        java.util.Random random = new java.util.Random(61);
        String[] given = {"Ann", "Beth", "Cara", "Dawn", "Emma", "Faye", "Gail", "Hana", "Iris", "Jade", "Kate", "Lucy", "Mia", "Nina",
            "Orla", "Pam", "Rosa", "Sara", "Tess", "Vera"};
        List<PersonRecord> records = new ArrayList<>();
        List<int[]> renamed = new ArrayList<>();
        List<int[]> namesakes = new ArrayList<>();
        java.time.LocalDate epoch = java.time.LocalDate.of(2000, 1, 1);
        for (int p = 0; p < 2400; p++) {
            String name = given[random.nextInt(given.length)];
            String family = SYLLABLES[random.nextInt(SYLLABLES.length)] + SYLLABLES[random.nextInt(SYLLABLES.length)].toLowerCase() + "s";
            // born on few days: strangers of one given name and birthday are as common as women who married
            PartialDate born = new PartialDate(1980 + random.nextInt(10), 1 + random.nextInt(3), 1 + random.nextInt(10));
            java.time.LocalDate movedIn = epoch.plusDays(random.nextInt(3000));
            boolean moves = p % 4 == 0;
            java.time.LocalDate left = moves ? movedIn.plusDays(700 + random.nextInt(1500)) : null;
            records.add(tenant("t" + p + "-a", name, family, born, p + " Mill Lane", "SK1 " + p, movedIn, left));
            if (moves) {
                // the next tenancy begins within weeks of the last; every other mover has married meanwhile
                String now = p % 8 == 0 ? SYLLABLES[random.nextInt(SYLLABLES.length)] + "ton" : family;
                records.add(tenant("t" + p + "-b", name, now, born, p + " Oak Road", "SK7 " + p, left.plusDays(random.nextInt(60)), null));
                if (p % 8 == 0) {
                    renamed.add(new int[] {records.size() - 2, records.size() - 1});
                }
            }
            if (p % 40 == 1) {
                // someone else of that given name and birthday, another family, in a home of her own meanwhile
                records.add(tenant("n" + p, name, "Quarrington", born, p + " Elm Street", "SK3 " + p, movedIn.plusDays(200), null));
                namesakes.add(new int[] {records.size() - 2, records.size() - 1});
            }
        }
        LinkResult result = link(records);
        long linked = renamed.stream().filter(pair -> result.personOf()[pair[0]] == result.personOf()[pair[1]]).count();
        assertThat(linked).as("renamed movers linked, of %s", renamed.size()).isGreaterThanOrEqualTo(renamed.size() * 95L / 100);
        assertThat(namesakes).allSatisfy(pair -> assertThat(result.personOf()[pair[0]]).isNotEqualTo(result.personOf()[pair[1]]));
        int[] namesake = namesakes.get(0);
        assertThat(result.scorer().explain(namesake[0], namesake[1])).filteredOn(a -> a.field() == Field.RESIDENCE).singleElement()
                .satisfies(a -> assertThat(a.level()).isEqualTo("at the same time, one not ended"))
                .satisfies(a -> assertThat(a.weight()).isNegative());

        List<PersonRecord> withoutPeriods = records.stream().map(r -> new PersonRecord(r.id(), 0, r.givenName(), r.familyName(),
                r.dateOfBirth(), null, r.address(), r.postcode(), null, null, null, null, null, null, null)).toList();
        LinkResult blind = link(withoutPeriods);
        int renamedAtAMove = Field.FAMILY_NAME.levels().indexOf("renamed at a move");
        for (Field field : List.of(Field.GIVEN_NAME, Field.FAMILY_NAME, Field.DATE_OF_BIRTH, Field.ADDRESS, Field.POSTCODE)) {
            for (int level = 0; level < field.levels().size(); level++) {
                if (field == Field.FAMILY_NAME && level == renamedAtAMove) {
                    continue;
                }
                assertThat(result.model().m(field, level)).as("%s %s is learnt without the periods", field, field.levels().get(level))
                        .isCloseTo(blind.model().m(field, level), org.assertj.core.data.Offset.offset(1e-12));
            }
        }
        // half the movers married: a family name changed at a move says little against one person, while any other
        // family name that differs says much; without periods there is nothing to learn it from
        assertThat(result.model().weight(Field.FAMILY_NAME, renamedAtAMove)).isGreaterThan(-1)
                .isGreaterThan(result.model().weight(Field.FAMILY_NAME, Field.FAMILY_NAME.disagreement()) + 3);
        assertThat(blind.model().m(Field.FAMILY_NAME, renamedAtAMove)).isEqualTo(blind.model().m(Field.FAMILY_NAME,
                Field.FAMILY_NAME.disagreement()));
        assertThat(renamed.stream().filter(pair -> blind.personOf()[pair[0]] == blind.personOf()[pair[1]]).count())
                .as("without the tenancies' dates, a new family name at another address is too little").isLessThan(linked / 2);
    }

    private static PersonRecord tenant(String id, String given, String family, PartialDate born, String address, String postcode,
                                       java.time.LocalDate from, java.time.LocalDate to) {
        return new PersonRecord(id, 0, given, family, born, null, address, postcode, null, null, null, null, null, null, null, from, to);
    }

    private static PersonRecord withEmail(String id, String given, String family, PartialDate born, String email) {
        return new PersonRecord(id, 0, given, family, born, null, null, null, null, null, null, null, null, email, null);
    }

    private static PersonRecord inTown(String id, String given, String family, PartialDate born, String town) {
        return new PersonRecord(id, 0, given, family, born, null, null, null, town, null, null, null, null, null, null);
    }

    private static final String[] SYLLABLES = {"Ash", "Bar", "Cor", "Dun", "Ed", "Fen", "Gar", "Hol", "Ing", "Jar", "Kel", "Lom", "Mar",
        "Nor", "Ot", "Pem", "Quin", "Ros", "Sul", "Tor", "Ul", "Ven", "Wes", "Yar"};

    /** m and u as estimated on a generated council (rounded), with its household part. */
    private static MatchModel councilLikeModel() {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("given_name", Map.of("m", List.of(0.9377, 0.0261, 0.0235, 0.0098, 0.0005, 0.00001, 0.00001, 0.00001, 0.0024),
                "u", List.of(0.0038, 0.0014, 0.0003, 0.0018, 0.0023, 0.00001, 0.00001, 0.00001, 0.9904)));
        fields.put("family_name", Map.of("m", List.of(0.9355, 0.0112, 0.0246, 0.0105, 0.00001, 0.00001, 0.0181, 0.0181),
                "u", List.of(0.0072, 0.0018, 0.0004, 0.0011, 0.0008, 0.00001, 0.9886, 0.9886)));
        fields.put("date_of_birth", Map.of("m", List.of(0.9778, 0.0060, 0.00001, 0.0137, 0.00001, 0.0025),
                "u", List.of(0.0001, 0.00001, 0.0026, 0.0002, 0.004, 0.9931)));
        fields.put("address", Map.of("m", List.of(0.8157, 0.00001, 0.0047, 0.1796), "u", List.of(0.00001, 0.0005, 0.0363, 0.9632)));
        fields.put("postcode", Map.of("m", List.of(0.8157, 0.0002, 0.0222, 0.1619), "u", List.of(0.00001, 0.0017, 0.1227, 0.8755)));
        Map<String, Object> household = Map.of("prior", 0.285, "u", Map.of(
                "given_name", List.of(0.0098, 0.0018, 0.0004, 0.0031, 0.0028, 0.00001, 0.00001, 0.00001, 0.9820),
                "date_of_birth", List.of(0.01, 0.00001, 0.0023, 0.0004, 0.004, 0.9832)));
        return MatchModel.fromValues(Map.of("comparisons", Comparisons.RULES, "prior", 0.00003, "fields", fields, "household", household));
    }
}

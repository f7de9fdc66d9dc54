package org.familycontext.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

class HouseholdModelTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T02:00:00Z"), ZoneOffset.UTC);
    private static final String[] OTHER_NAMES = {"Quentin", "Ottoline", "Barnaby", "Philippa", "Cornelius", "Henrietta",
        "Ambrose", "Winifred", "Leopold", "Millicent", "Rupert", "Georgina"};

    private static LinkResult link(List<PersonRecord> records) {
        return new Linker(LinkSettings.defaults().withThreads(2), CLOCK).link(records);
    }

    @Test
    void twinsOfOneHouseholdAreNeverOnePerson() {
        TestPopulation population = new TestPopulation(17, 1500);
        List<PersonRecord> records = new ArrayList<>(population.records);
        List<int[]> twins = new ArrayList<>();
        for (int t = 0; t < 40; t++) {
            PersonRecord sibling = population.records.get(t * 30);
            String birth = (2005 + t % 12) + "-0" + (1 + t % 9) + "-1" + (t % 9);
            records.add(People.person("twin-" + t + "-a", OTHER_NAMES[t % 6], sibling.familyName(), birth, sibling.postcode(),
                    sibling.address(), null));
            records.add(People.person("twin-" + t + "-b", OTHER_NAMES[6 + t % 6], sibling.familyName(), birth, sibling.postcode(),
                    sibling.address(), null));
            twins.add(new int[] {records.size() - 2, records.size() - 1});
        }
        LinkResult result = link(records);
        for (int[] pair : twins) {
            assertThat(result.personOf()[pair[0]]).as("twins %s and %s", records.get(pair[0]).id(), records.get(pair[1]).id())
                    .isNotEqualTo(result.personOf()[pair[1]]);
        }
        assertThat(result.model().householdPrior()).isPresent();
    }

    @Test
    void aModelLearntWhereNoOneSharesAHomeStillKeepsTwinsApart() {
        List<PersonRecord> strangers = new ArrayList<>();
        Random random = new Random(37);
        for (int p = 0; p < 1500; p++) {
            String birth = (1950 + random.nextInt(60)) + "-0" + (1 + random.nextInt(9)) + "-1" + random.nextInt(10);
            String name = OTHER_NAMES[random.nextInt(OTHER_NAMES.length)];
            String surname = "Family" + random.nextInt(300);
            strangers.add(People.person("s" + p + "-a", name, surname, birth, "SK1 " + p % 9 + "AA", p + " Mill Lane", null));
            if (random.nextInt(2) == 0) {
                // recorded again after a move (no pair ever shares a home), now and then under another given name
                String again = random.nextInt(20) == 0 ? OTHER_NAMES[random.nextInt(OTHER_NAMES.length)] : name;
                strangers.add(People.person("s" + p + "-b", again, surname, birth, "SK2 " + p % 9 + "BB", p + " Church Street", null));
            }
        }
        MatchModel learnt = link(strangers).model();
        List<PersonRecord> twins = List.of(
                People.person("twin-a", "Quentin", "Harrow", "2015-06-01", "SK4 1AA", "3 Mill Lane", null),
                People.person("twin-b", "Ottoline", "Harrow", "2015-06-01", "SK4 1AA", "3 Mill Lane", null));
        LinkResult result = new Linker(LinkSettings.defaults().withThreads(2).withModel(learnt), CLOCK).link(twins);
        assertThat(result.personOf()[0]).isNotEqualTo(result.personOf()[1]);
        assertThat(result.scorer().probability(0, 1)).isLessThan(LinkSettings.defaults().linkAt());
    }

    @Test
    void whereNoHouseholdsShareAnAddressARecordWithAnotherGivenNameIsStillLinked() {
        Random random = new Random(23);
        List<PersonRecord> records = new ArrayList<>();
        List<int[]> replaced = new ArrayList<>();
        String[] given = {"Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy", "Leo", "Freya"};
        String[] family = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies", "Patel", "Robinson"};
        for (int p = 0; p < 2500; p++) {
            String name = given[random.nextInt(given.length)];
            String surname = family[random.nextInt(family.length)] + (random.nextInt(5) == 0 ? "-Hall" : "");
            String birth = (1940 + random.nextInt(70)) + "-" + two(1 + random.nextInt(12)) + "-" + two(1 + random.nextInt(28));
            String address = (1 + p) + " " + (p % 2 == 0 ? "Mill Lane" : "Church Street");
            String postcode = "SK" + (1 + p % 9) + " " + (1 + p % 7) + (char) ('A' + p % 26) + (char) ('A' + p / 26 % 26);
            records.add(People.person("p" + p + "-a", name, surname, birth, postcode, address, null));
            if (random.nextInt(2) == 0) {
                boolean other = random.nextInt(10) == 0;
                records.add(People.person("p" + p + "-b", other ? OTHER_NAMES[random.nextInt(OTHER_NAMES.length)] : name, surname,
                        birth, postcode, address, null));
                if (other) {
                    replaced.add(new int[] {records.size() - 2, records.size() - 1});
                }
            }
        }
        LinkResult result = link(records);
        assertThat(replaced).hasSizeGreaterThan(50);
        long linked = replaced.stream().filter(pair -> result.personOf()[pair[0]] == result.personOf()[pair[1]]).count();
        assertThat((double) linked / replaced.size()).as("duplicates whose given name was replaced, linked").isGreaterThan(0.9);
        Map<Integer, String> firstOf = new HashMap<>();
        for (int i = 0; i < records.size(); i++) {
            String person = records.get(i).id().substring(0, records.get(i).id().indexOf('-'));
            String earlier = firstOf.putIfAbsent(result.personOf()[i], person);
            assertThat(earlier == null || earlier.equals(person)).as("record %s joined another person", records.get(i).id()).isTrue();
        }
    }

    @Test
    void householdPairsAreExplainedFieldByFieldAndTheModelIsStoredWhole() {
        TestPopulation population = new TestPopulation(29, 800);
        LinkResult result = link(population.records);
        MatchModel model = result.model();
        ScoredPair household = result.pairs().stream().filter(p -> HouseholdModel.applies(p.pattern())).findFirst().orElseThrow();
        List<FieldAgreement> why = model.explain(household.pattern());
        assertThat(why.stream().mapToDouble(FieldAgreement::weight).sum()).isCloseTo(household.weight(), Offset.offset(1e-9));
        assertThat(why).extracting(FieldAgreement::field).contains(Field.FAMILY_NAME, Field.ADDRESS);

        MatchModel stored = MatchModel.fromValues(model.toValues());
        for (ScoredPair pair : result.pairs()) {
            assertThat(stored.probability(pair.pattern())).isCloseTo(model.probability(pair.pattern()), Offset.offset(1e-12));
        }
        Map<String, Object> earlier = new HashMap<>(model.toValues());
        earlier.remove("household");
        assertThatThrownBy(() -> MatchModel.fromValues(earlier)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("household");
        // estimated when two bare years of birth still agreed "exactly": its m and u mean something else now
        Map<String, Object> otherRules = new HashMap<>(model.toValues());
        otherRules.remove("comparisons");
        assertThatThrownBy(() -> MatchModel.fromValues(otherRules)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comparison rules");
        otherRules.put("comparisons", Comparisons.RULES - 1);
        assertThatThrownBy(() -> MatchModel.fromValues(otherRules)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("comparison rules");
    }

    private static String two(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }
}


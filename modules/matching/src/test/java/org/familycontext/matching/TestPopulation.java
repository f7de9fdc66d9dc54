package org.familycontext.matching;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded population for matcher tests: people in households (shared family name, address and
 * postcode), some recorded twice with a typo, a nickname or a swapped day and month. The truth is
 * each record's person number.
 */
public final class TestPopulation {

    private static final String[] GIVEN = {"Oliver", "Amelia", "George", "Isla", "Harry", "Ava", "Noah", "Mia", "Jack", "Ivy",
        "Leo", "Freya", "Oscar", "Lily", "Charlie", "Grace", "Arthur", "Sophia", "Muhammad", "Rosie", "Thomas", "Evie",
        "William", "Elizabeth", "Samuel", "Hannah", "Joseph", "Chloe", "Daniel", "Zara", "Kwame", "Aisha", "Piotr", "Amara",
        "Ravi", "Priya", "Tomasz", "Fatima", "Declan", "Siobhan"};
    private static final String[] FAMILY = {"Smith", "Jones", "Taylor", "Brown", "Williams", "Wilson", "Johnson", "Davies",
        "Patel", "Robinson", "Wright", "Thompson", "Evans", "Walker", "White", "Roberts", "Green", "Hall", "Khan", "Lewis",
        "Nowak", "Okafor", "Mensah", "Begum", "Hussain", "O'Neill", "McCarthy", "Kowalski", "Ahmed", "Clarke"};
    private static final String[] STREETS = {"Mill Lane", "Church Street", "Park Road", "Station Road", "Victoria Street",
        "Green Lane", "Manor Road", "Queens Road", "New Street", "Grange Avenue"};

    public final List<PersonRecord> records = new ArrayList<>();
    public final List<Integer> truth = new ArrayList<>();
    /** Per record, its household's number. */
    public final List<Integer> household = new ArrayList<>();

    public TestPopulation(long seed, int households) {
        Random random = new Random(seed);
        int person = 0;
        for (int h = 0; h < households; h++) {
            String family = FAMILY[random.nextInt(FAMILY.length)];
            String address = (1 + random.nextInt(200)) + " " + STREETS[random.nextInt(STREETS.length)];
            String postcode = "SK" + (1 + random.nextInt(9)) + " " + (1 + random.nextInt(9))
                    + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26));
            int members = 1 + random.nextInt(4);
            for (int m = 0; m < members; m++, person++) {
                String given = GIVEN[random.nextInt(GIVEN.length)];
                PartialDate birth = new PartialDate(1950 + random.nextInt(70), 1 + random.nextInt(12), 1 + random.nextInt(28));
                String nhs = random.nextInt(3) == 0 ? nhsNumber(random) : null;
                currentHousehold = h;
                add(person, new PersonRecord("p" + person + "-a", 0, given, family, birth, null, address, postcode, null, nhs, null,
                        null, null, null));
                if (random.nextInt(2) == 0) {
                    add(person, new PersonRecord("p" + person + "-b", 0, variant(given, random), family, varied(birth, random), null,
                            address, postcode, null, nhs, null, null, null, null));
                }
            }
        }
    }

    private int currentHousehold;

    private void add(int person, PersonRecord record) {
        records.add(record);
        truth.add(person);
        household.add(currentHousehold);
    }

    private static String variant(String given, Random random) {
        return switch (random.nextInt(3)) {
            case 0 -> given.equals("William") ? "Bill" : given.equals("Elizabeth") ? "Liz" : given;
            case 1 -> given.length() > 4 ? given.substring(0, 2) + given.charAt(3) + given.charAt(2) + given.substring(4) : given;
            default -> given.toUpperCase();
        };
    }

    private static PartialDate varied(PartialDate birth, Random random) {
        return random.nextInt(4) == 0 && birth.day() <= 12 ? new PartialDate(birth.year(), birth.day(), birth.month()) : birth;
    }

    static String nhsNumber(Random random) {
        while (true) {
            StringBuilder nine = new StringBuilder("4");
            for (int i = 0; i < 8; i++) {
                nine.append(random.nextInt(10));
            }
            int check = org.familycontext.kernel.NhsNumber.checkDigit(nine.toString());
            if (check >= 0) {
                return nine.append(check).toString();
            }
        }
    }
}

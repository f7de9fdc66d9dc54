package org.familycontext.synthetic.region;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Turns a dwelling number into a synthetic address: about forty dwellings a street, a postcode per
 * side of the street, streets spread over the council's postcode districts and neighbourhoods.
 * The same number always gives the same dwelling, so nothing needs remembering.
 */
public final class Streets {

    /** Dwelling numbers (and so UPRNs) a council can hold. */
    public static final long DWELLINGS_PER_COUNCIL = 2_000_000_000L;
    private static final int PER_STREET = 40;
    private static final String INWARD_LETTERS = "ABDEFGHJLNPQRSTUWXYZ";
    private static final List<String> NAMES = List.of("Acacia", "Albert", "Alder", "Ash", "Beech", "Birch",
            "Bridge", "Brook", "Castle", "Cedar", "Chapel", "Cherry", "Church", "Clifton", "Coronation", "Croft",
            "Dale", "Derby", "Elm", "Fern", "Garden", "George", "Glebe", "Grange", "Green", "Hall", "Hawthorn",
            "Hazel", "Heath", "High", "Highfield", "Hill", "Holly", "Kings", "Lark", "Laurel", "Lime", "Manor",
            "Maple", "Market", "Meadow", "Mill", "Moor", "Moss", "Mount", "New", "North", "Oak", "Orchard", "Park",
            "Pine", "Poplar", "Priory", "Queens", "Rectory", "Ridge", "River", "Rose", "Rowan", "School", "Spring",
            "Station", "Stanley", "Sycamore", "Thorn", "Valley", "Victoria", "Vicarage", "Water", "Well", "West",
            "Willow", "Windsor", "Wood", "York");
    private static final List<String> BLOCKS = List.of("Ashdown", "Beech", "Cedar", "Elm", "Hazel", "Kingfisher",
            "Lark", "Maple", "Rowan", "Willow", "Priory", "Victoria", "Windsor", "Heron", "Linden", "Alder");
    private static final List<String> KINDS = List.of("Road", "Street", "Lane", "Avenue", "Close", "Drive",
            "Grove", "Way", "Crescent", "Terrace", "Gardens", "Place", "Walk", "Rise", "View", "Mews");

    private final long seed;
    private final Permutation scatter;

    public Streets(long seed) {
        this.seed = seed;
        this.scatter = new Permutation(DWELLINGS_PER_COUNCIL, 1_640_531_527L, Seeds.of(seed, 7));
    }

    /** The dwelling with this number (0 to DWELLINGS_PER_COUNCIL - 1) in the council. */
    public Dwelling dwelling(CouncilGeography council, long number) {
        long spot = scatter.apply(number);
        long street = spot / PER_STREET;
        int house = (int) (spot % PER_STREET) + 1;
        SplittableRandom random = new SplittableRandom(Seeds.of(seed, council.index(), street));
        String streetName = Dice.pick(random, NAMES) + " " + Dice.pick(random, KINDS);
        String district = Dice.pick(random, council.districts());
        String outward = Dice.pick(random, council.outwardCodes());
        int sector = random.nextInt(10);
        boolean flats = Dice.chance(random, 0.12);
        String firstLine = flats
                ? "Flat " + house + ", " + Dice.pick(random, BLOCKS) + " Court, " + streetName
                : house + " " + streetName;
        String address = firstLine + ", " + district + ", " + council.town();
        String postcode = outward + " " + sector + inward(council, street, flats ? 0 : house / 21);
        long uprn = 100_000_000_000L + council.index() * DWELLINGS_PER_COUNCIL + spot;
        return new Dwelling(council.index(), Long.toString(uprn), address, postcode, district);
    }

    private String inward(CouncilGeography council, long street, int side) {
        long h = Seeds.of(seed, council.index(), street, side);
        int n = INWARD_LETTERS.length();
        return "" + INWARD_LETTERS.charAt((int) Math.floorMod(h, (long) n))
                + INWARD_LETTERS.charAt((int) Math.floorMod(h >>> 20, (long) n));
    }
}

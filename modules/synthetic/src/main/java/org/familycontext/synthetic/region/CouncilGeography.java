package org.familycontext.synthetic.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.familycontext.kernel.CouncilId;

/**
 * What the generator needs to know about a council's area: its town, postcode districts (outward
 * codes), neighbourhoods, telephone prefix, DfE local authority code and police force. Telephone
 * numbers come from Ofcom's ranges reserved for drama, so none reaches a real line.
 *
 * @param council      the council
 * @param index        its position in the region (0-based)
 * @param town         the town or city named in addresses
 * @param outwardCodes postcode districts, e.g. SK4
 * @param districts    neighbourhood names used in addresses, schools and team names
 * @param phonePrefix  a drama-range prefix; three more digits make a number
 * @param laCode       the three-digit local authority code that starts its pupils' UPNs
 * @param policeForce  the police force covering the area
 */
public record CouncilGeography(CouncilId council, int index, String town, List<String> outwardCodes,
        List<String> districts, String phonePrefix, String laCode, String policeForce) {

    private static final String GM_POLICE = "Greater Manchester Police";
    private static final String WY_POLICE = "West Yorkshire Police";
    private static final List<String> GENERIC_DISTRICTS = List.of("Northfield", "Ashbrook", "Highfield",
            "Southgate", "Westwood", "Eastcliffe", "Millbank", "Brookside", "Oakwood", "Greenhill", "Church End",
            "Moorside");

    /** The geography of a council: a real-looking one for known councils, a plausible one otherwise. */
    public static CouncilGeography of(CouncilId council, int index) {
        return switch (council.value()) {
            case "stockport" -> known(council, index, "SK", 1, 8, "0161 496 0", "356", GM_POLICE,
                    "Heaton Moor", "Heaton Chapel", "Reddish", "Edgeley", "Cheadle", "Cheadle Hulme", "Bramhall",
                    "Hazel Grove", "Marple", "Romiley", "Offerton", "Brinnington", "Bredbury", "Davenport");
            case "leeds" -> known(council, index, "LS", 1, 29, "0113 496 0", "383", WY_POLICE,
                    "Headingley", "Chapel Allerton", "Roundhay", "Horsforth", "Armley", "Beeston", "Seacroft",
                    "Harehills", "Pudsey", "Morley", "Kirkstall", "Moortown", "Rothwell", "Garforth", "Hunslet");
            case "manchester" -> known(council, index, "M", 1, 40, "0161 496 0", "352", GM_POLICE,
                    "Didsbury", "Chorlton", "Moss Side", "Ancoats", "Levenshulme", "Gorton", "Wythenshawe",
                    "Harpurhey", "Fallowfield", "Withington", "Longsight", "Rusholme", "Hulme", "Blackley");
            case "sheffield" -> known(council, index, "S", 1, 36, "0114 496 0", "373", "South Yorkshire Police");
            case "trafford" -> known(council, index, "M", 31, 33, "0161 496 0", "358", GM_POLICE);
            case "salford" -> known(council, index, "M", 5, 7, "0161 496 0", "355", GM_POLICE);
            case "tameside" -> known(council, index, "OL", 5, 7, "0161 496 0", "357", GM_POLICE);
            case "oldham" -> known(council, index, "OL", 1, 9, "0161 496 0", "353", GM_POLICE);
            case "bolton" -> known(council, index, "BL", 1, 7, "01632 960", "350", GM_POLICE);
            case "wigan" -> known(council, index, "WN", 1, 7, "01632 960", "359", GM_POLICE);
            case "bradford" -> known(council, index, "BD", 1, 22, "01632 960", "380", WY_POLICE);
            case "kirklees" -> known(council, index, "HD", 1, 9, "01632 960", "382", WY_POLICE);
            case "wakefield" -> known(council, index, "WF", 1, 17, "01632 960", "384", WY_POLICE);
            case "calderdale" -> known(council, index, "HX", 1, 7, "01632 960", "381", WY_POLICE);
            default -> unknown(council, index);
        };
    }

    /** A drama-range telephone number for a serial (0..999 distinct numbers). */
    public String phone(int serial) {
        int n = Math.floorMod(serial, 1000);
        return phonePrefix + (char) ('0' + n / 100) + (char) ('0' + n / 10 % 10) + (char) ('0' + n % 10);
    }

    /** The council's e-mail domain, under example so nothing is ever delivered. */
    public String emailDomain() {
        return council.value() + ".example.gov.uk";
    }

    private static CouncilGeography known(CouncilId council, int index, String area, int first, int last,
            String phone, String la, String police, String... districts) {
        List<String> outward = new ArrayList<>();
        for (int n = first; n <= last; n++) {
            // Manchester has no M10, M36, M37 or M39; leaving them out keeps the postcodes plausible.
            if (!area.equals("M") || (n != 10 && n != 36 && n != 37 && n != 39)) {
                outward.add(area + n);
            }
        }
        List<String> names = districts.length == 0 ? GENERIC_DISTRICTS : List.of(districts);
        return new CouncilGeography(council, index, townOf(council), List.copyOf(outward), names, phone, la, police);
    }

    private static CouncilGeography unknown(CouncilId council, int index) {
        String letters = council.value().replaceAll("[^a-z]", "").toUpperCase(Locale.ROOT);
        String area = letters.length() >= 2 ? letters.substring(0, 2) : "ZZ";
        String town = townOf(council);
        String la = String.valueOf(900 + index % 100);
        return known(council, index, area, 1, 9, "01632 960", la, town + " Police");
    }

    private static String townOf(CouncilId council) {
        StringBuilder town = new StringBuilder();
        for (String word : council.value().split("-")) {
            if (!word.isEmpty()) {
                town.append(town.length() == 0 ? "" : " ")
                        .append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1));
            }
        }
        return town.toString();
    }
}

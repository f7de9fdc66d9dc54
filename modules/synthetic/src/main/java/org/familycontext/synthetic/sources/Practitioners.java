package org.familycontext.synthetic.sources;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;
import org.familycontext.synthetic.region.CouncilGeography;
import org.familycontext.synthetic.region.Dice;
import org.familycontext.synthetic.region.Heritage;
import org.familycontext.synthetic.region.Seeds;

/**
 * The workers of each service in each council. Worker n is always the same person (made from the
 * seed, council, service and n) and is made once, when first needed.
 */
final class Practitioners {

    /** Social landlords; %s is the council's town. Housing officer n works for landlord n mod 4. */
    static final List<String> LANDLORDS = List.of("%s Community Homes", "Northern Vale Housing Association",
            "Millbrook Housing Trust", "%s City Housing");
    private static final List<String> CSC_ROLES = List.of("Social Worker", "Senior Social Worker",
            "Advanced Practitioner", "Early Help Practitioner", "Family Support Worker");
    private static final List<String> ASC_ROLES = List.of("Social Worker", "Occupational Therapist",
            "Care Coordinator", "Reviewing Officer", "Community Care Assessor");
    private static final List<String> HOUSING_ROLES = List.of("Housing Officer", "Tenancy Sustainment Officer",
            "Neighbourhood Officer", "Income Recovery Officer");
    private static final List<String> POLICE_ROLES = List.of("Police Constable", "Detective Constable",
            "Police Sergeant", "Detective Sergeant", "Neighbourhood PCSO");

    private final long seed;
    private final int poolSize;
    private final Practitioner[][] made;

    Practitioners(long seed, int peoplePerCouncil, int councils) {
        this.seed = seed;
        this.poolSize = LANDLORDS.size() * Math.max(4, Math.min(5_000, peoplePerCouncil / 1200));
        this.made = new Practitioner[councils * SourceFile.values().length][];
    }

    /** A worker of the service, drawn at random. */
    Practitioner pick(SplittableRandom random, CouncilGeography council, SourceFile service) {
        return worker(council, service, random.nextInt(poolSize));
    }

    /** A housing officer of the given landlord (an index into LANDLORDS), drawn at random. */
    Practitioner housingOfficer(SplittableRandom random, CouncilGeography council, int landlord) {
        int n = landlord + LANDLORDS.size() * random.nextInt(poolSize / LANDLORDS.size());
        return worker(council, SourceFile.HOUSING, n);
    }

    private Practitioner worker(CouncilGeography council, SourceFile service, int n) {
        int pool = council.index() * SourceFile.values().length + service.ordinal();
        if (made[pool] == null) {
            made[pool] = new Practitioner[poolSize];
        }
        if (made[pool][n] == null) {
            made[pool][n] = make(council, service, n);
        }
        return made[pool][n];
    }

    private Practitioner make(CouncilGeography council, SourceFile service, int n) {
        SplittableRandom random = new SplittableRandom(Seeds.of(seed, council.index(), service.ordinal(), n));
        Heritage heritage = Heritage.draw(random);
        String given = heritage.givenName(random, Dice.chance(random, 0.7) ? Gender.FEMALE : Gender.MALE,
                1965 + random.nextInt(40));
        String family = heritage.surname(random);
        String phone = Dice.chance(random, 0.3) ? "07700 900" + three(random.nextInt(1000))
                : council.phone(random.nextInt(1000));
        String organisation = organisation(council, service, n);
        String domain = switch (service) {
            case POLICE -> null;
            case HOUSING -> slug(organisation) + ".example.org.uk";
            default -> council.emailDomain();
        };
        String email = domain == null ? null
                : slug(given) + "." + slug(family) + (n >= 100 ? String.valueOf(n % 97) : "") + "@" + domain;
        return new Practitioner(given + " " + family, Dice.pick(random, roles(service)), phone, email, organisation);
    }

    private static String organisation(CouncilGeography council, SourceFile service, int n) {
        return switch (service) {
            case HOUSING -> LANDLORDS.get(n % LANDLORDS.size()).replace("%s", council.town());
            case POLICE -> council.policeForce();
            default -> council.town() + " Council";
        };
    }

    private static List<String> roles(SourceFile service) {
        return switch (service) {
            case ADULT_SOCIAL_CARE -> ASC_ROLES;
            case HOUSING -> HOUSING_ROLES;
            case POLICE -> POLICE_ROLES;
            default -> CSC_ROLES;
        };
    }

    /** Lower-case ASCII letters and hyphens: accents dropped, spaces and apostrophes removed. */
    static String slug(String name) {
        String plain = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("[^A-Za-z-]", "");
        return plain.toLowerCase(Locale.ROOT);
    }

    private static String three(int n) {
        return n < 10 ? "00" + n : n < 100 ? "0" + n : String.valueOf(n);
    }
}

package org.familycontext.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.familycontext.kernel.CouncilId;

/**
 * What to generate: the councils of the region (in output order, each with its style), about how
 * many distinct people each council's own families hold (families that move in from another
 * council come on top), the seed, and the date everything is relative to ("as of").
 *
 * @param councils          the councils, at least one, no duplicates
 * @param peoplePerCouncil  about how many people to generate per council (1 to 20,000,000)
 * @param seed              the seed; the same spec always writes the same bytes
 * @param asOf              the extract date: no date in the output is later
 */
public record RegionSpec(List<CouncilSpec> councils, int peoplePerCouncil, long seed, LocalDate asOf) {

    /** The demo region. */
    public static final List<CouncilId> DEFAULT_COUNCILS = List.of(
            new CouncilId("stockport"), new CouncilId("leeds"), new CouncilId("manchester"));
    public static final int DEFAULT_PEOPLE = 2000;
    public static final long DEFAULT_SEED = 1L;
    /** The date the demo region is extracted on; callers pass it rather than reading a clock. */
    public static final LocalDate DEFAULT_AS_OF = LocalDate.of(2026, 11, 1);
    /** The output folder of the truth files, so no council may have this name. */
    public static final String TRUTH_FOLDER = "truth";
    /** Keeps identifiers (NHS numbers, UPNs, UPRNs) unique: see the identifier mint. */
    public static final int MAX_PEOPLE_PER_COUNCIL = 20_000_000;

    public RegionSpec {
        Objects.requireNonNull(councils, "councils");
        Objects.requireNonNull(asOf, "asOf");
        councils = List.copyOf(councils);
        if (councils.isEmpty() || councils.size() > 50) {
            throw new IllegalArgumentException("a region has 1 to 50 councils");
        }
        Set<CouncilId> seen = new HashSet<>();
        councils.forEach(c -> {
            if (!seen.add(c.council())) {
                throw new IllegalArgumentException("council listed twice: " + c.council());
            }
            if (c.council().value().equals(TRUTH_FOLDER)) {
                throw new IllegalArgumentException("a council cannot be called " + TRUTH_FOLDER);
            }
        });
        if (peoplePerCouncil < 1 || peoplePerCouncil > MAX_PEOPLE_PER_COUNCIL) {
            throw new IllegalArgumentException("people per council must be 1 to " + MAX_PEOPLE_PER_COUNCIL);
        }
    }

    /** A region whose councils have their usual styles. */
    public static RegionSpec of(List<CouncilId> councils, int peoplePerCouncil, long seed, LocalDate asOf) {
        List<CouncilSpec> specs = councils.stream().map(CouncilSpec::withUsualStyle).toList();
        return new RegionSpec(specs, peoplePerCouncil, seed, asOf);
    }

    /** Stockport, Leeds and Manchester, 2,000 people each, seed 1, as of 1 November 2026. */
    public static RegionSpec defaults() {
        return of(DEFAULT_COUNCILS, DEFAULT_PEOPLE, DEFAULT_SEED, DEFAULT_AS_OF);
    }

    /** This spec with one council's style changed. */
    public RegionSpec withStyle(CouncilId council, ExtractStyle style) {
        List<CouncilSpec> changed = new ArrayList<>();
        for (CouncilSpec c : councils) {
            changed.add(c.council().equals(council) ? new CouncilSpec(council, style) : c);
        }
        return new RegionSpec(changed, peoplePerCouncil, seed, asOf);
    }

    /** The council ids in order. */
    public List<CouncilId> councilIds() {
        return councils.stream().map(CouncilSpec::council).toList();
    }
}

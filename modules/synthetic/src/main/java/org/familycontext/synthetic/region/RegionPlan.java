package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.synthetic.CouncilSpec;
import org.familycontext.synthetic.RegionSpec;

/**
 * The fixed facts a whole region's generation shares: seed, extract date, the councils' geography,
 * the street plan and the identifier mint. Immutable, so families can be made independently.
 *
 * @param seed     the region seed
 * @param asOf     the extract date
 * @param councils the councils' geography, in region order
 * @param streets  turns dwelling numbers into addresses
 * @param mint     issues NHS numbers and UPNs
 */
public record RegionPlan(long seed, LocalDate asOf, List<CouncilGeography> councils, Streets streets,
        IdentifierMint mint) {

    public RegionPlan {
        councils = List.copyOf(councils);
    }

    public static RegionPlan of(RegionSpec spec) {
        List<CouncilGeography> councils = new ArrayList<>();
        for (CouncilSpec council : spec.councils()) {
            councils.add(CouncilGeography.of(council.council(), councils.size()));
        }
        return new RegionPlan(spec.seed(), spec.asOf(), councils, new Streets(spec.seed()),
                new IdentifierMint(spec.seed()));
    }

    public CouncilGeography council(int index) {
        return councils.get(index);
    }
}

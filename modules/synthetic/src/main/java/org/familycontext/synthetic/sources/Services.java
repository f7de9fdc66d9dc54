package org.familycontext.synthetic.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.region.CouncilGeography;
import org.familycontext.synthetic.region.Family;
import org.familycontext.synthetic.region.RegionPlan;
import org.familycontext.synthetic.region.Seeds;

/**
 * All the services of a region: asks each what it holds about a family in a council. What a
 * council's services know depends only on the family, the council and the seed.
 */
public final class Services {

    private final RegionPlan plan;
    private final ChildrensSocialCare childrensSocialCare;
    private final Schools schools;
    private final AdultSocialCare adultSocialCare;
    private final HousingTenancies housing;
    private final PoliceRecords police;

    public Services(RegionPlan plan, int peoplePerCouncil) {
        this.plan = plan;
        Practitioners practitioners = new Practitioners(plan.seed(), peoplePerCouncil, plan.councils().size());
        List<SchoolDirectory> directories = new ArrayList<>();
        for (CouncilGeography council : plan.councils()) {
            directories.add(new SchoolDirectory(council, peoplePerCouncil, plan.seed()));
        }
        this.childrensSocialCare = new ChildrensSocialCare(practitioners);
        this.schools = new Schools(List.copyOf(directories));
        this.adultSocialCare = new AdultSocialCare(practitioners);
        this.housing = new HousingTenancies(practitioners);
        this.police = new PoliceRecords(practitioners);
    }

    /** Every row the council's services hold about the family, service by service. */
    public List<SourceRow> report(Family family, int councilIndex) {
        long origin = Seeds.ofName(plan.council(family.councilIndex()).council().value());
        SplittableRandom random = new SplittableRandom(Seeds.of(plan.seed(), origin, family.index(), 1 + councilIndex));
        FamilyInCouncil view = FamilyInCouncil.of(family, plan.council(councilIndex), plan.asOf(), random);
        List<SourceRow> rows = new ArrayList<>();
        childrensSocialCare.report(view, rows);
        schools.report(view, rows);
        adultSocialCare.report(view, rows);
        housing.report(view, rows);
        police.report(view, rows);
        return rows;
    }
}

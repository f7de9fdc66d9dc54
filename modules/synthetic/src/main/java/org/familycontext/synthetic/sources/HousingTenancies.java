package org.familycontext.synthetic.sources;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.FlagState;
import org.familycontext.synthetic.codes.Kinship;
import org.familycontext.synthetic.region.Dice;
import org.familycontext.synthetic.region.Household;
import org.familycontext.synthetic.region.Person;
import org.familycontext.synthetic.region.Seeds;

/**
 * Social housing: about one household in six rents from a social landlord. Each adult named on
 * the tenancy is a row, with the landlord's officer and the tenancy's flags (anti-social
 * behaviour, eviction, notice seeking possession, rent arrears).
 */
final class HousingTenancies {

    private final Practitioners practitioners;

    HousingTenancies(Practitioners practitioners) {
        this.practitioners = practitioners;
    }

    void report(FamilyInCouncil view, List<SourceRow> out) {
        SplittableRandom r = view.random();
        if (!Dice.chance(r, Math.min(0.6, 0.15 * view.family().risk()))) {
            return;
        }
        Transcriber transcriber = new Transcriber(ErrorRates.HOUSING, r);
        for (Household h : view.family().households()) {
            if (h.dwelling().councilIndex() == view.council().index()) {
                tenancy(view, h, transcriber, out);
            }
        }
    }

    private void tenancy(FamilyInCouncil view, Household h, Transcriber transcriber, List<SourceRow> out) {
        List<Person> tenants = tenants(view, h);
        if (tenants.isEmpty()) {
            return;
        }
        Practitioner officer = practitioners.housingOfficer(view.random(), view.council(), landlord(h));
        FlagState[] flags = flags(view.random(), view.family().risk(), h.isCurrent());
        for (Person tenant : tenants) {
            Transcript t = transcriber.transcribe(tenant, h.from(), h, null);
            out.add(t.fill(new SourceRow(SourceFile.HOUSING, tenant, h))
                    .put(Field.ORGANISATION, officer.organisation())
                    .put(Field.PRACTITIONER_NAME, officer.name()).put(Field.PRACTITIONER_ROLE, officer.role())
                    .put(Field.PRACTITIONER_PHONE, officer.phone()).put(Field.PRACTITIONER_EMAIL, officer.email())
                    .put(Field.ASB, flags[0]).put(Field.EVICTION, flags[1])
                    .put(Field.NOTICE_SEEKING_POSSESSION, flags[2]).put(Field.RENT_ARREARS, flags[3])
                    .put(Field.START, h.from()).put(Field.END, h.to()));
        }
    }

    /** The lead tenant (the first adult) and, often, their partner as joint tenant. */
    private static List<Person> tenants(FamilyInCouncil view, Household h) {
        List<Person> tenants = new ArrayList<>(2);
        for (Person p : h.members()) {
            boolean adult = p.ageOn(h.to() == null ? view.asOf() : h.to()) >= 18;
            boolean joint = !tenants.isEmpty() && view.family().kinship(p, tenants.get(0)) == Kinship.PARTNER;
            if (adult && (tenants.isEmpty() || (joint && Dice.chance(view.random(), 0.6)))) {
                tenants.add(p);
            }
        }
        return tenants;
    }

    /** The landlord owning the dwelling: the same whoever rents it. */
    private static int landlord(Household h) {
        return (int) Math.floorMod(Seeds.ofName(h.dwelling().uprn()), (long) Practitioners.LANDLORDS.size());
    }

    private static FlagState[] flags(SplittableRandom r, double risk, boolean current) {
        return new FlagState[] {flag(r, 0.02 * risk, 0.04 * risk, current), flag(r, 0.004 * risk, 0.01 * risk, current),
                flag(r, 0.015 * risk, 0.03 * risk, current), flag(r, 0.08 * risk, 0.1 * risk, current)};
    }

    /** Open, closed or none; an ended tenancy has nothing open. */
    private static FlagState flag(SplittableRandom r, double open, double closed, boolean current) {
        double roll = r.nextDouble();
        return roll < open ? (current ? FlagState.OPEN : FlagState.CLOSED)
                : roll < open + closed ? FlagState.CLOSED : FlagState.NONE;
    }
}

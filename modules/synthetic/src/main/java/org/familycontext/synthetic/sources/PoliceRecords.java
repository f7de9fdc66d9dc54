package org.familycontext.synthetic.sources;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.Gender;
import org.familycontext.synthetic.codes.Involvement;
import org.familycontext.synthetic.codes.OffenceType;
import org.familycontext.synthetic.codes.YesNo;
import org.familycontext.synthetic.region.Dice;
import org.familycontext.synthetic.region.Person;

/**
 * Police: some adults (more men, many more in families services worry about) are nominals with one
 * to four offences over the last ten years, safeguarding and other types, as convict or suspect.
 */
final class PoliceRecords {

    private final int[] typeWeights = Arrays.stream(OffenceType.values()).mapToInt(OffenceType::weight).toArray();
    private final Practitioners practitioners;

    PoliceRecords(Practitioners practitioners) {
        this.practitioners = practitioners;
    }

    void report(FamilyInCouncil view, List<SourceRow> out) {
        Transcriber transcriber = new Transcriber(ErrorRates.POLICE, view.random());
        for (Person p : view.residents()) {
            double base = p.gender() == Gender.MALE ? 0.06 : p.gender() == Gender.FEMALE ? 0.02 : 0.04;
            double chance = Math.min(0.8, base * view.family().risk());
            if (p.ageOn(view.lastDay(p)) >= 18 && Dice.chance(view.random(), chance)) {
                nominal(view, p, transcriber, out);
            }
        }
    }

    private void nominal(FamilyInCouncil view, Person p, Transcriber transcriber, List<SourceRow> out) {
        SplittableRandom r = view.random();
        LocalDate[] dates = offenceDates(view, p);
        Transcript t = transcriber.transcribe(p, dates[0], view.addressOf(p), view.earlierAddressOf(p));
        Practitioner officer = null;
        for (LocalDate date : dates) {
            if (officer == null || Dice.chance(r, 0.5)) {
                officer = practitioners.pick(r, view.council(), SourceFile.POLICE);
            }
            OffenceType type = OffenceType.values()[Dice.weighted(r, typeWeights)];
            out.add(t.fill(new SourceRow(SourceFile.POLICE, p, t.address()))
                    .put(Field.ORGANISATION, officer.organisation())
                    .put(Field.PRACTITIONER_NAME, officer.name()).put(Field.PRACTITIONER_ROLE, officer.role())
                    .put(Field.PRACTITIONER_PHONE, officer.phone())
                    .put(Field.OFFENCE_DATE, date).put(Field.OFFENCE_TYPE, type)
                    .put(Field.OFFENCE_ROLE, Dice.chance(r, 0.6) ? Involvement.CONVICT : Involvement.SUSPECT)
                    .put(Field.SAFEGUARDING, YesNo.of(type.safeguarding())));
        }
    }

    /** One to four offence dates in the last ten years the person lived here as an adult, oldest first. */
    private static LocalDate[] offenceDates(FamilyInCouncil view, Person p) {
        LocalDate last = view.lastDay(p);
        LocalDate adult = p.dateOfBirth().plusYears(18);
        LocalDate first = adult.isAfter(last.minusYears(10)) ? adult : last.minusYears(10);
        LocalDate[] dates = new LocalDate[Dice.weighted(view.random(), 50, 25, 15, 10) + 1];
        for (int i = 0; i < dates.length; i++) {
            dates[i] = view.during(p, first, last);
        }
        Arrays.sort(dates);
        return dates;
    }
}

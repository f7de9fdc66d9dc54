package org.familycontext.synthetic.sources;

import java.time.LocalDate;
import java.util.List;
import org.familycontext.synthetic.region.Dice;
import org.familycontext.synthetic.region.Person;

/**
 * Adult social care: mostly older people, some younger adults with care needs; an involvement
 * with a start, a last contact and (for many) an end.
 */
final class AdultSocialCare {

    private final Practitioners practitioners;

    AdultSocialCare(Practitioners practitioners) {
        this.practitioners = practitioners;
    }

    void report(FamilyInCouncil view, List<SourceRow> out) {
        Transcriber transcriber = new Transcriber(ErrorRates.ADULT_SOCIAL_CARE, view.random());
        for (Person p : view.residents()) {
            int age = p.ageOn(view.lastDay(p));
            if (age >= 18 && Dice.chance(view.random(), chance(age, view.family().risk()))) {
                out.add(client(view, p, age, transcriber));
            }
        }
    }

    private static double chance(int age, double risk) {
        return age >= 85 ? 0.4 : age >= 75 ? 0.2 : age >= 65 ? 0.08 : Math.min(0.2, 0.02 * risk);
    }

    private SourceRow client(FamilyInCouncil view, Person p, int age, Transcriber transcriber) {
        LocalDate last = view.lastDay(p);
        LocalDate start = view.during(p, later(last.minusYears(8), p.dateOfBirth().plusYears(18)), last.minusDays(14));
        boolean open = view.livesHere(p) && Dice.chance(view.random(), 0.6);
        LocalDate end = open ? null : view.during(p, start.plusDays(30), last);
        LocalDate lastContact = view.during(p, start, end == null ? last : end);
        Transcript t = transcriber.transcribe(p, start, view.addressOf(p), view.earlierAddressOf(p));
        Practitioner worker = practitioners.pick(view.random(), view.council(), SourceFile.ADULT_SOCIAL_CARE);
        return t.fill(new SourceRow(SourceFile.ADULT_SOCIAL_CARE, p, t.address()))
                .put(Field.ORGANISATION, organisation(view, age))
                .put(Field.PRACTITIONER_NAME, worker.name()).put(Field.PRACTITIONER_ROLE, worker.role())
                .put(Field.PRACTITIONER_PHONE, worker.phone()).put(Field.PRACTITIONER_EMAIL, worker.email())
                .put(Field.START, start).put(Field.LAST_CONTACT, lastContact).put(Field.END, end);
    }

    private static String organisation(FamilyInCouncil view, int age) {
        String town = view.council().town();
        String[] services = age >= 65
                ? new String[] {" Council Adult Social Care", " Reablement Service", " Council Adult Social Care"}
                : new String[] {" Community Mental Health Team", " Learning Disability Service",
                        " Council Adult Social Care"};
        return town + services[view.random().nextInt(services.length)];
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }
}

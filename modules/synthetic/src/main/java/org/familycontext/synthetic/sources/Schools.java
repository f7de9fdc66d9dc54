package org.familycontext.synthetic.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.AdmissionType;
import org.familycontext.synthetic.region.Dice;
import org.familycontext.synthetic.region.Household;
import org.familycontext.synthetic.region.Person;
import org.familycontext.synthetic.region.SchoolYears;
import org.familycontext.synthetic.region.Seeds;

/**
 * Schools: every child of school age (Reception to Year 11, half of them to Year 13) on a roll,
 * with their earlier primary school now and then, and a few on a second roll or in off-site
 * provision. A pupil who left the council shows as having left on the day they moved.
 */
final class Schools {

    private final List<SchoolDirectory> directories;

    Schools(List<SchoolDirectory> directories) {
        this.directories = directories;
    }

    void report(FamilyInCouncil view, List<SourceRow> out) {
        Transcriber transcriber = new Transcriber(ErrorRates.SCHOOL, view.random());
        for (Person p : view.residents()) {
            if (p.upn() != null && onRoll(view, p)) {
                pupil(view, p, transcriber, out);
            }
        }
    }

    private static boolean onRoll(FamilyInCouncil view, Person p) {
        LocalDate last = view.lastDay(p);
        long h = Seeds.ofName(p.id());
        boolean sixthForm = (h & 1) == 0;
        boolean homeEducated = Math.floorMod(h >>> 8, 100L) == 0;
        LocalDate leaves = sixthForm ? SchoolYears.endsYear13(p.dateOfBirth())
                : SchoolYears.endsYear11(p.dateOfBirth());
        return !homeEducated && !SchoolYears.startsSchool(p.dateOfBirth()).isAfter(last) && !leaves.isBefore(last);
    }

    private void pupil(FamilyInCouncil view, Person p, Transcriber transcriber, List<SourceRow> out) {
        SchoolDirectory schools = directories.get(view.council().index());
        LocalDate arrived = view.arrived(p);
        LocalDate reception = SchoolYears.startsSchool(p.dateOfBirth());
        LocalDate year7 = SchoolYears.startsSecondary(p.dateOfBirth());
        boolean secondary = !view.lastDay(p).isBefore(year7);
        String uprn = view.addressOf(p).dwelling().uprn();
        Enrolment pupil = enrolment(view, p, transcriber, later(reception, arrived));
        if (secondary && arrived.isBefore(year7) && Dice.chance(view.random(), 0.5)) {
            Household before = view.earlierAddressOf(p);
            School primary = schools.primary(before == null ? uprn : before.dwelling().uprn());
            out.add(pupil.row(primary, AdmissionType.MAIN, later(reception, arrived), year7.minusDays(32)));
        }
        LocalDate from = later(secondary ? year7 : reception, arrived);
        LocalDate to = view.livesHere(p) ? null : view.lastDay(p);
        out.add(pupil.row(secondary ? schools.secondary(uprn) : schools.primary(uprn), AdmissionType.MAIN, from, to));
        if (secondary && to == null && Dice.chance(view.random(), 0.03 * view.family().risk())) {
            out.add(pupil.row(schools.alternative(uprn), alternativeType(view.random()),
                    view.during(p, from.plusDays(30), view.asOf()), null));
        }
    }

    private static Enrolment enrolment(FamilyInCouncil view, Person p, Transcriber transcriber, LocalDate recorded) {
        Transcript t = transcriber.transcribe(p, recorded, view.addressOf(p), view.earlierAddressOf(p));
        List<RecordedError> upnErrors = new ArrayList<>(0);
        String upn = transcriber.upn(p.upn(), upnErrors);
        return new Enrolment(p, t, upn, upnErrors);
    }

    private static AdmissionType alternativeType(SplittableRandom random) {
        return Dice.chance(random, 0.6) ? AdmissionType.OFFSITE : AdmissionType.SECONDARY;
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    /** One pupil as the school system holds them; each roll they are on is a row. */
    private record Enrolment(Person pupil, Transcript transcript, String upn, List<RecordedError> upnErrors) {

        SourceRow row(School school, AdmissionType type, LocalDate from, LocalDate to) {
            return transcript.fill(new SourceRow(SourceFile.SCHOOL, pupil, transcript.address()))
                    .put(Field.RECORD_ID, upn).put(Field.UPN, upn)
                    .put(Field.ORGANISATION, school.name()).put(Field.PRACTITIONER_PHONE, school.phone())
                    .put(Field.TYPE, type).put(Field.START, from).put(Field.END, to)
                    .withErrors(upnErrors);
        }
    }
}

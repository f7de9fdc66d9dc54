package org.familycontext.synthetic.sources;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.familycontext.synthetic.codes.EpisodeType;
import org.familycontext.synthetic.codes.Kinship;
import org.familycontext.synthetic.region.Dice;
import org.familycontext.synthetic.region.Family;
import org.familycontext.synthetic.region.Person;

/**
 * Children's social care: knows about a quarter of families with children (more of the families
 * services worry about). Each child gets an episode; the adults and siblings around them are
 * recorded as persons, linked to the children by relationship rows.
 */
final class ChildrensSocialCare {

    private static final double KNOWN = 0.22;
    private final Practitioners practitioners;

    ChildrensSocialCare(Practitioners practitioners) {
        this.practitioners = practitioners;
    }

    void report(FamilyInCouncil view, List<SourceRow> out) {
        SplittableRandom r = view.random();
        List<Person> children = children(view);
        if (children.isEmpty() || !Dice.chance(r, Math.min(0.9, KNOWN * view.family().risk()))) {
            return;
        }
        List<Person> known = new ArrayList<>(children);
        known.addAll(around(view, children));
        Case family = new Case(new Transcriber(ErrorRates.CHILDRENS_SOCIAL_CARE, r),
                practitioners.pick(r, view.council(), SourceFile.CSC_PEOPLE), episodeType(r, view.family().risk()),
                new IdentityHashMap<>());
        for (Person person : known) {
            out.add(personRow(view, person, children.contains(person), family));
        }
        relationships(view, known, children, family.transcripts(), out);
    }

    /** What the case system holds for one family: its worker, its usual episode type, its people. */
    private record Case(Transcriber transcriber, Practitioner worker, EpisodeType type,
            Map<Person, Transcript> transcripts) {
    }

    /** A person record; a child's carries their episode. */
    private SourceRow personRow(FamilyInCouncil view, Person person, boolean child, Case family) {
        LocalDate start = child ? view.during(person, view.lastDay(person).minusYears(6), view.asOf()) : null;
        Transcript t = family.transcriber().transcribe(person, child ? start : view.lastDay(person),
                view.addressOf(person), view.earlierAddressOf(person));
        family.transcripts().put(person, t);
        SourceRow row = t.fill(new SourceRow(SourceFile.CSC_PEOPLE, person, t.address()));
        if (child) {
            EpisodeType type = Dice.chance(view.random(), 0.8) ? family.type() : episodeType(view.random(), 1.0);
            episode(view, row, person, type, start, family.worker());
        }
        return row;
    }

    private static List<Person> children(FamilyInCouncil view) {
        List<Person> children = new ArrayList<>();
        for (Person p : view.residents()) {
            LocalDate last = view.lastDay(p);
            if (p.ageOn(last) < 18 && p.dateOfBirth().isBefore(last)) {
                children.add(p);
            }
        }
        return children;
    }

    /** The other family members the case system would hold: parents nearly always, others often. */
    private static List<Person> around(FamilyInCouncil view, List<Person> children) {
        Family family = view.family();
        List<Person> around = new ArrayList<>();
        for (Person p : family.members()) {
            Kinship closest = closest(family, p, children);
            if (!children.contains(p) && closest != null && Dice.chance(view.random(), recordedChance(closest))) {
                around.add(p);
            }
        }
        return around;
    }

    private static Kinship closest(Family family, Person p, List<Person> children) {
        Kinship closest = null;
        for (Person child : children) {
            Kinship k = family.kinship(p, child);
            if (k != null && (closest == null || k.ordinal() < closest.ordinal())) {
                closest = k;
            }
        }
        return closest;
    }

    private static double recordedChance(Kinship kinship) {
        return switch (kinship) {
            case PARENT -> 0.95;
            case HOUSEHOLD_MEMBER -> 0.85;
            case SIBLING -> 0.8;
            case GRANDPARENT -> 0.6;
            default -> 0.4;
        };
    }

    private void episode(FamilyInCouncil view, SourceRow row, Person child, EpisodeType type, LocalDate start,
            Practitioner worker) {
        boolean open = view.livesHere(child) && Dice.chance(view.random(), 0.55);
        LocalDate end = open ? null : view.during(child, start.plusDays(30), view.lastDay(child));
        row.put(Field.TYPE, type).put(Field.START, start).put(Field.END, end)
                .put(Field.PRACTITIONER_NAME, worker.name()).put(Field.PRACTITIONER_PHONE, worker.phone())
                .put(Field.PRACTITIONER_EMAIL, worker.email())
                .put(Field.TEAM, team(type, view.addressOf(child).dwelling().district(), worker));
    }

    /** Early help and child in need teams are local; the others work across the council. */
    private static String team(EpisodeType type, String district, Practitioner worker) {
        return switch (type) {
            case EARLY_HELP -> "Early Help " + district;
            case CHILD_IN_NEED -> district + " Locality Team";
            case CHILD_PROTECTION -> "Child Protection Team " + (1 + Math.floorMod(worker.phone().hashCode(), 4));
            case LOOKED_AFTER -> "Children Looked After Team";
        };
    }

    private static EpisodeType episodeType(SplittableRandom r, double risk) {
        return risk > 2 ? EpisodeType.values()[Dice.weighted(r, 20, 30, 30, 20)]
                : EpisodeType.values()[Dice.weighted(r, 45, 35, 12, 8)];
    }

    /** Both directions of every relationship between a child and another recorded person; a few go unrecorded. */
    private static void relationships(FamilyInCouncil view, List<Person> known, List<Person> children,
            Map<Person, Transcript> transcripts, List<SourceRow> out) {
        for (Person a : known) {
            for (Person b : known) {
                Kinship k = a == b ? null : view.family().kinship(a, b);
                if (k != null && (children.contains(a) || children.contains(b))
                        && !Dice.chance(view.random(), 0.04)) {
                    out.add(new SourceRow(SourceFile.CSC_RELATIONSHIPS, a, transcripts.get(a).address())
                            .relatedTo(b).put(Field.RELATIONSHIP, k));
                }
            }
        }
    }
}

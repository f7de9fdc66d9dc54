package org.familycontext.synthetic.region;

import java.time.LocalDate;
import java.util.List;
import org.familycontext.synthetic.codes.Kinship;

/**
 * A family: people related by blood, marriage or living together, their true relationships and the
 * households they have formed over time. A family belongs to the council it was generated for; a
 * few have since moved to another council of the region.
 *
 * @param id           region-unique, e.g. stockport-f12
 * @param index        its number within its council
 * @param councilIndex the council it was generated for
 * @param members      everyone in it
 * @param relations    every true relationship, both directions
 * @param households   every household, oldest first
 * @param movedTo      the council it moved to, or -1
 * @param movedOn      when it moved, or null
 * @param risk         how much more than average services are involved (1 is average)
 */
public record Family(String id, int index, int councilIndex, List<Person> members, List<Relation> relations,
        List<Household> households, int movedTo, LocalDate movedOn, double risk) {

    /** The councils whose services may know this family: its own, then the one it moved to. */
    public int[] councils() {
        return movedTo < 0 ? new int[] {councilIndex} : new int[] {councilIndex, movedTo};
    }

    /** What a is to b, or null when they are not related. */
    public Kinship kinship(Person a, Person b) {
        for (Relation r : relations) {
            if (r.person() == a && r.related() == b) {
                return r.kinship();
            }
        }
        return null;
    }
}

package org.familycontext.adapters;

import java.util.Collection;
import java.util.List;
import org.familycontext.kernel.CouncilId;

/** What a council's sources currently hold: the rows of every source's current load. */
public interface SourceData {

    /** Every current person row of the council's sources. */
    List<CurrentRecord> records(CouncilId council);

    /** The current rows of these people (source id and person reference). */
    List<CurrentRecord> recordsOf(CouncilId council, Collection<SourcePerson> people);

    /** Every current relationship of the council's case systems. */
    List<CurrentRelationship> relationships(CouncilId council);

    /**
     * A person as one source knows them.
     *
     * @param source    the source id
     * @param personRef the source's id for the person
     */
    record SourcePerson(String source, String personRef) {
    }
}

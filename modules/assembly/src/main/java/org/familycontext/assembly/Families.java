package org.familycontext.assembly;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.familycontext.kernel.CouncilId;

/**
 * The family assembly's query API: find a person, and see their family network with every
 * service involved. Results carry the dataset and source of everything they show, so that
 * data-sharing agreements can filter them per dataset and field.
 */
public interface Families {

    /**
     * People whose name matches (case-insensitive; the family name, optionally the given name's start),
     * and whose date of birth is the one given when one is.
     */
    List<PersonSummary> search(CouncilId council, PersonSearch search);

    /**
     * The same search among children only, for councils whose journey starts from the child: people
     * under {@value PersonSearch#CHILD_UNDER} today (UK time); people whose date of birth is unknown
     * are left out.
     */
    List<PersonSummary> searchChildren(CouncilId council, PersonSearch search);

    /** The person with the record a source knows them by, if linked. */
    Optional<PersonSummary> bySourceRecord(CouncilId council, String source, String personRef);

    /** The person's family network, or empty when the council has no such person. */
    Optional<FamilyView> family(CouncilId council, UUID person);

    /** Re-links every current source record of the council now, estimating the model again; returns the run's outcome. */
    LinkageOutcome relink(CouncilId council);
}

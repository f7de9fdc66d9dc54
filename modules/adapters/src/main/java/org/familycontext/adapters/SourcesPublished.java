package org.familycontext.adapters;

import org.familycontext.kernel.CouncilId;

/**
 * A CDI event (fired asynchronously): a load of the council was published, so what its sources
 * hold has changed.
 *
 * @param council the council
 */
public record SourcesPublished(CouncilId council) {
}

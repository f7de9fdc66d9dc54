package org.familycontext.assembly;

/**
 * How a linkage run of a council went.
 *
 * @param mode        FULL (every record linked, the model estimated) or INCREMENTAL (only the records
 *                    around those that changed, with the model of the last full run)
 * @param records     source persons the council has (one per source and person reference)
 * @param relinked    of those, the ones this run linked
 * @param comparisons pairs compared
 * @param links       links followed among the records linked
 * @param possible    possible matches kept among them
 * @param people      people those records make
 * @param keptIds     of those people, the ones who kept their id from the previous run
 * @param millis      time taken
 */
public record LinkageOutcome(String mode, int records, int relinked, long comparisons, int links, int possible, int people,
                             int keptIds, long millis) {
}

package org.familycontext.assembly;

/**
 * How a linkage run of a council went.
 *
 * @param records     source persons linked (one per source and person reference)
 * @param comparisons pairs compared
 * @param links       links followed
 * @param possible    possible matches kept
 * @param people      people assembled
 * @param keptIds     people who kept their id from the previous run
 * @param millis      time taken
 */
public record LinkageOutcome(int records, long comparisons, int links, int possible, int people, int keptIds, long millis) {
}

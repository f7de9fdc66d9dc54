package org.familycontext.kernel;

import java.util.function.Supplier;

/**
 * Runs work inside one council's database transaction. The implementation starts (or joins) a
 * transaction and tells the database which council it acts for, so that row-level security shows
 * only that council's rows; background work names its council explicitly, there is no default.
 * Joining a transaction already bound to a different council is refused.
 */
public interface CouncilScope {

    /** Runs {@code work} for {@code council} and returns its result. */
    <T> T call(CouncilId council, Supplier<T> work);

    /** Runs {@code work} for {@code council}. */
    default void run(CouncilId council, Runnable work) {
        call(council, () -> {
            work.run();
            return null;
        });
    }
}

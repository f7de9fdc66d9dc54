package org.familycontext.tenancy;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a council's signed-in sessions last.
 *
 * @param idle     how long without activity before a session ends
 * @param absolute how long after sign-in a session ends regardless
 */
public record SessionPolicy(Duration idle, Duration absolute) {

    /** Thirty minutes idle, ten hours at most: a working day. */
    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofMinutes(30), Duration.ofHours(10));

    public SessionPolicy {
        Objects.requireNonNull(idle, "idle");
        Objects.requireNonNull(absolute, "absolute");
        if (idle.compareTo(absolute) > 0) {
            throw new IllegalArgumentException("the idle time-out is longer than the absolute one");
        }
    }
}

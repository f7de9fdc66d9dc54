package org.familycontext.adapters.load;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.familycontext.tenancy.SourceSettings;

/**
 * The times loads are due: a source's schedule gives one slot a day (its local time, across clock
 * changes); a source never loaded gets one first attempt an hour until a load of it succeeds.
 */
final class LoadSlots {

    private LoadSlots() {
    }

    /** The latest scheduled time at or before {@code now}. */
    static Instant latestScheduled(SourceSettings.Schedule schedule, Instant now) {
        ZonedDateTime local = now.atZone(schedule.zone());
        ZonedDateTime today = local.toLocalDate().atTime(schedule.at()).atZone(schedule.zone());
        return (today.isAfter(local) ? today.minusDays(1).toLocalDate().atTime(schedule.at()).atZone(schedule.zone()) : today)
                .toInstant();
    }

    /** The slot of a first load attempted at {@code now}: one an hour. */
    static Instant firstLoad(Instant now) {
        return now.truncatedTo(ChronoUnit.HOURS);
    }
}

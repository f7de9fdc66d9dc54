package org.familycontext.adapters.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import org.familycontext.tenancy.SourceSettings;
import org.junit.jupiter.api.Test;

class LoadSlotsTest {

    private static final SourceSettings.Schedule NIGHTLY = SourceSettings.Schedule.NIGHTLY;

    @Test
    void theLatestSlotIsTodaysOnceItsTimeHasComeAndYesterdaysBefore() {
        assertThat(LoadSlots.latestScheduled(NIGHTLY, Instant.parse("2026-11-29T02:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-29T02:00:00Z"));
        assertThat(LoadSlots.latestScheduled(NIGHTLY, Instant.parse("2026-11-29T01:59:59Z")))
                .isEqualTo(Instant.parse("2026-11-28T02:00:00Z"));
        assertThat(LoadSlots.latestScheduled(NIGHTLY, Instant.parse("2026-11-29T23:00:00Z")))
                .isEqualTo(Instant.parse("2026-11-29T02:00:00Z"));
    }

    @Test
    void followsLocalTimeAcrossSummerTime() {
        assertThat(LoadSlots.latestScheduled(NIGHTLY, Instant.parse("2026-07-01T12:00:00Z")))
                .isEqualTo(Instant.parse("2026-07-01T01:00:00Z"));
        SourceSettings.Schedule sixThirty = new SourceSettings.Schedule(LocalTime.of(6, 30), ZoneId.of("Europe/London"));
        assertThat(LoadSlots.latestScheduled(sixThirty, Instant.parse("2026-03-29T06:00:00Z")))
                .isEqualTo(Instant.parse("2026-03-29T05:30:00Z"));
    }

    @Test
    void aFirstLoadIsTriedOnceAnHour() {
        assertThat(LoadSlots.firstLoad(Instant.parse("2026-11-29T14:59:59Z"))).isEqualTo(Instant.parse("2026-11-29T14:00:00Z"));
    }
}

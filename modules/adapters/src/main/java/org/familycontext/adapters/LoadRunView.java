package org.familycontext.adapters;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A load run as data engineers see it.
 *
 * @param id              its id
 * @param source          the source id
 * @param dataset         the dataset the source feeds
 * @param trigger         why it ran
 * @param status          where it stands
 * @param startedAt       when it started
 * @param finishedAt      when it finished, if it has
 * @param extract         what was read (a file name, or "a warehouse query")
 * @param rowsRead        rows read from the extract
 * @param rowsAccepted    rows staged
 * @param rowsQuarantined rows quarantined
 * @param currentAsOf     the date the data is current as of
 * @param failure         why it was refused or failed
 * @param report          the data-quality report (missing and invalid values per field, duplicates, reasons)
 */
public record LoadRunView(UUID id, String source, String dataset, LoadTrigger trigger, LoadStatus status, Instant startedAt,
                          Optional<Instant> finishedAt, Optional<String> extract, int rowsRead, int rowsAccepted,
                          int rowsQuarantined, Optional<LocalDate> currentAsOf, Optional<String> failure,
                          Map<String, Object> report) {
}

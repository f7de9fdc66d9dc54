package org.familycontext.presentation.web;

import java.util.Map;
import java.util.UUID;
import org.familycontext.adapters.LoadRunView;

/**
 * A load run with its data-quality report, in JSON.
 *
 * @param id              the run
 * @param source          the source
 * @param dataset         its dataset
 * @param trigger         why it ran
 * @param status          where it stands
 * @param startedAt       when it started
 * @param finishedAt      when it ended
 * @param extract         what was read
 * @param currentAsOf     the date its data is current as of
 * @param rowsRead        rows read
 * @param rowsAccepted    rows accepted
 * @param rowsQuarantined rows quarantined
 * @param failure         why it was refused or failed
 * @param report          missing and invalid values per field, invalid identifiers, duplicates, quarantine reasons
 */
public record LoadRunJson(UUID id, String source, String dataset, String trigger, String status, String startedAt,
                          String finishedAt, String extract, String currentAsOf, int rowsRead, int rowsAccepted,
                          int rowsQuarantined, String failure, Map<String, Object> report) {

    static LoadRunJson of(LoadRunView run) {
        return new LoadRunJson(run.id(), run.source(), run.dataset(), run.trigger().name(), run.status().name(),
                run.startedAt().toString(), run.finishedAt().map(Object::toString).orElse(null), run.extract().orElse(null),
                run.currentAsOf().map(Object::toString).orElse(null), run.rowsRead(), run.rowsAccepted(), run.rowsQuarantined(),
                run.failure().orElse(null), run.report());
    }
}

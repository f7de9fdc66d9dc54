package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.familycontext.adapters.LoadRunView;
import org.familycontext.adapters.LoadRuns;
import org.familycontext.adapters.QuarantinedRow;
import org.familycontext.identity.Role;
import org.familycontext.kernel.CouncilId;
import org.familycontext.presentation.access.Allowed;
import org.familycontext.presentation.access.ApiProblem;
import org.familycontext.presentation.access.Visitor;

/**
 * Load runs of the caller's council in the JSON API: recent runs, one run with its data-quality
 * report, and its quarantined rows, each also as a download (report as JSON, quarantine as CSV).
 */
@Path("{council}/api/loads")
@Dependent
@Allowed({Role.DATA_ENGINEER, Role.REGIONAL_LEAD})
public class LoadsResource {

    static final int MAX_LIMIT = 100_000;

    private final LoadRuns loads;

    @Inject
    public LoadsResource(LoadRuns loads) {
        this.loads = loads;
    }

    /**
     * A run without its report, for lists.
     *
     * @param id              the run
     * @param source          the source
     * @param dataset         its dataset
     * @param trigger         why it ran
     * @param status          where it stands
     * @param startedAt       when it started
     * @param finishedAt      when it ended
     * @param rowsRead        rows read
     * @param rowsAccepted    rows accepted
     * @param rowsQuarantined rows quarantined
     * @param failure         why it was refused or failed
     */
    public record RunSummary(UUID id, String source, String dataset, String trigger, String status, String startedAt,
                             String finishedAt, int rowsRead, int rowsAccepted, int rowsQuarantined, String failure) {

        static RunSummary of(LoadRunView run) {
            return new RunSummary(run.id(), run.source(), run.dataset(), run.trigger().name(), run.status().name(),
                    run.startedAt().toString(), run.finishedAt().map(Object::toString).orElse(null), run.rowsRead(),
                    run.rowsAccepted(), run.rowsQuarantined(), run.failure().orElse(null));
        }
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, List<RunSummary>> recent(@QueryParam("limit") @DefaultValue("50") int limit,
                                                @Context HttpServletRequest request) {
        return Map.of("loads", loads.recent(council(request), bounded(limit, 1000)).stream().map(RunSummary::of).toList());
    }

    @GET
    @Path("{run}")
    @Produces(MediaType.APPLICATION_JSON)
    public Response run(@PathParam("run") String run, @Context HttpServletRequest request) {
        return find(run, request).map(found -> Response.ok(LoadRunJson.of(found.view())).build()).orElseGet(LoadsResource::noSuchRun);
    }

    @GET
    @Path("{run}/report.json")
    @Produces(MediaType.APPLICATION_JSON)
    public Response report(@PathParam("run") String run, @Context HttpServletRequest request) {
        return find(run, request).map(found -> Response.ok(LoadRunJson.of(found.view()))
                .header("Content-Disposition", "attachment; filename=\"load-" + found.id() + "-report.json\"").build())
                .orElseGet(LoadsResource::noSuchRun);
    }

    @GET
    @Path("{run}/quarantine")
    @Produces(MediaType.APPLICATION_JSON)
    public Response quarantine(@PathParam("run") String run, @QueryParam("limit") @DefaultValue("1000") int limit,
                               @Context HttpServletRequest request) {
        return find(run, request).map(found -> Response.ok(Map.of("load", found.id(), "rows",
                loads.quarantine(found.council(), found.id(), bounded(limit, MAX_LIMIT)).stream().map(QuarantineRowJson::of)
                        .toList())).build())
                .orElseGet(LoadsResource::noSuchRun);
    }

    @GET
    @Path("{run}/quarantine.csv")
    @Produces("text/csv")
    public Response quarantineCsv(@PathParam("run") String run, @Context HttpServletRequest request) {
        return find(run, request).map(found -> {
            List<QuarantinedRow> rows = loads.quarantine(found.council(), found.id(), MAX_LIMIT);
            return Response.ok(QuarantineCsv.of(rows), "text/csv; charset=utf-8")
                    .header("Content-Disposition", "attachment; filename=\"load-" + found.id() + "-quarantine.csv\"").build();
        }).orElseGet(LoadsResource::noSuchRun);
    }

    private Optional<FoundRun> find(String run, HttpServletRequest request) {
        CouncilId council = council(request);
        try {
            return loads.find(council, UUID.fromString(run)).map(view -> new FoundRun(council, view));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private static CouncilId council(HttpServletRequest request) {
        return Visitor.of(request).user().council();
    }

    private static int bounded(int limit, int max) {
        return Math.max(1, Math.min(limit, max));
    }

    private static Response noSuchRun() {
        return ApiProblem.of(404, "not_found", "this council has no load run with that id").build();
    }

    /**
     * A quarantined row in JSON.
     *
     * @param row    its row number in the extract
     * @param field  the field at fault, if one was
     * @param reason why it was quarantined
     * @param raw    the row as read
     */
    public record QuarantineRowJson(int row, String field, String reason, String raw) {

        static QuarantineRowJson of(QuarantinedRow row) {
            return new QuarantineRowJson(row.rowNumber(), row.field().orElse(null), row.reason(), row.raw());
        }
    }

    /** A run found for a council. */
    private record FoundRun(CouncilId council, LoadRunView view) {

        UUID id() {
            return view.id();
        }
    }
}

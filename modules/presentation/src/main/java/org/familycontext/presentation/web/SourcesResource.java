package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.adapters.LoadRunView;
import org.familycontext.adapters.LoadRuns;
import org.familycontext.adapters.LoadTrigger;
import org.familycontext.identity.Role;
import org.familycontext.identity.SignedInUser;
import org.familycontext.presentation.access.Allowed;
import org.familycontext.presentation.access.ApiProblem;
import org.familycontext.presentation.access.Visitor;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.SourceSettings;
import org.familycontext.tenancy.TenantRegistry;

/**
 * The caller's council's sources in the JSON API: what each is, when it loads, how its last load
 * went; and a data engineer's load on demand.
 */
@Path("{council}/api/sources")
@Dependent
@Allowed({Role.DATA_ENGINEER, Role.REGIONAL_LEAD})
public class SourcesResource {

    private static final Logger LOG = Logger.getLogger(SourcesResource.class.getName());

    private final TenantRegistry registry;
    private final LoadRuns loads;

    @Inject
    public SourcesResource(TenantRegistry registry, LoadRuns loads) {
        this.registry = registry;
        this.loads = loads;
    }

    /**
     * A source as tenant configuration describes it, with its latest load.
     *
     * @param id         the source id
     * @param dataset    the dataset it feeds
     * @param kind       people or relationships
     * @param adapter    the adapter reading it
     * @param schedule   when it loads (local time and zone)
     * @param coverage   the area and dates it covers
     * @param latestLoad its latest load, if it had one
     */
    public record SourceJson(String id, String dataset, String kind, String adapter, String schedule, Map<String, String> coverage,
                             LoadsResource.RunSummary latestLoad) {
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public Map<String, List<SourceJson>> sources(@Context HttpServletRequest request) {
        Council council = inForce(request);
        Map<String, LoadRunView> latest = new HashMap<>();
        loads.recent(council.id(), 1000).forEach(run -> latest.putIfAbsent(run.source(), run));
        return Map.of("sources", council.sources().values().stream().sorted(Comparator.comparing(SourceSettings::id))
                .map(source -> json(source, Optional.ofNullable(latest.get(source.id())))).toList());
    }

    @POST
    @Path("{source}/loads")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed(Role.DATA_ENGINEER)
    public Response load(@PathParam("source") String source, @Context HttpServletRequest request, @Context UriInfo uri) {
        Council council = inForce(request);
        if (!council.sources().containsKey(source)) {
            return ApiProblem.of(404, "not_found", "this council has no source with that id").build();
        }
        SignedInUser user = Visitor.of(request).user();
        Optional<UUID> run = loads.start(council.id(), source, LoadTrigger.MANUAL);
        if (run.isEmpty()) {
            return ApiProblem.of(409, "already_loading", "a load of " + source + " is running; try again when it has ended").build();
        }
        LOG.log(Level.INFO, "Council {0}: load {1} of source {2} started on demand by {3}",
                new Object[] {council.id(), run.get(), source, user.subject()});
        URI location = uri.getBaseUriBuilder().path("{council}/api/loads/{run}").build(council.id().value(), run.get());
        return Response.accepted(Map.of("id", run.get(), "status", "RUNNING", "location", location.toString()))
                .location(location).build();
    }

    private Council inForce(HttpServletRequest request) {
        return registry.council(Visitor.of(request).user().council())
                .orElseThrow(() -> new NotFoundException("council not in force"));
    }

    private static SourceJson json(SourceSettings source, Optional<LoadRunView> latest) {
        Map<String, String> coverage = new HashMap<>();
        source.coverage().area().ifPresent(area -> coverage.put("area", area));
        source.coverage().from().ifPresent(from -> coverage.put("from", from.toString()));
        source.coverage().to().ifPresent(to -> coverage.put("to", to.toString()));
        return new SourceJson(source.id(), source.dataset().code(), source.kind().name().toLowerCase(Locale.ROOT),
                source.adapter(), "daily at " + source.schedule().at() + " " + source.schedule().zone(), coverage,
                latest.map(LoadsResource.RunSummary::of).orElse(null));
    }
}

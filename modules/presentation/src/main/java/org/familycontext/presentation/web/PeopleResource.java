package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.assembly.Families;
import org.familycontext.assembly.LinkageOutcome;
import org.familycontext.assembly.PersonSearch;
import org.familycontext.identity.Role;
import org.familycontext.kernel.CouncilId;
import org.familycontext.presentation.access.Allowed;
import org.familycontext.presentation.access.ApiProblem;
import org.familycontext.presentation.access.Visitor;
import org.familycontext.tenancy.Journey;
import org.familycontext.tenancy.TenantRegistry;

/**
 * People and families of the caller's council in the JSON API: search (posted, so that names and
 * dates of birth never appear in addresses or logs; children only where the council's journey starts
 * from the child), a person by a source's record, the family network of a person, and a re-link on
 * demand for data engineers.
 */
@Path("{council}/api/people")
@Dependent
@Allowed({Role.SOCIAL_WORKER, Role.TEAM_MANAGER})
public class PeopleResource {

    private static final Logger LOG = Logger.getLogger(PeopleResource.class.getName());

    private final Families families;
    private final TenantRegistry registry;

    @Inject
    public PeopleResource(Families families, TenantRegistry registry) {
        this.families = families;
        this.registry = registry;
    }

    /**
     * A search as posted.
     *
     * @param familyName  family name (required)
     * @param givenName   given name or its start
     * @param dateOfBirth yyyy-MM-dd
     * @param limit       at most this many (default 50, at most 200)
     */
    public record SearchRequest(String familyName, String givenName, String dateOfBirth, Integer limit) {
    }

    /**
     * A source's record to look up.
     *
     * @param source    the source id
     * @param recordId  the source's id for the person
     */
    public record RecordRequest(String source, String recordId) {
    }

    @POST
    @Path("search")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response search(SearchRequest search, @Context HttpServletRequest request) {
        if (search == null) {
            return ApiProblem.of(400, "invalid_request", "post a JSON object with familyName, and optionally givenName, "
                    + "dateOfBirth (yyyy-MM-dd) and limit").build();
        }
        LocalDate born;
        try {
            born = search.dateOfBirth() == null || search.dateOfBirth().isBlank() ? null : LocalDate.parse(search.dateOfBirth());
        } catch (DateTimeParseException e) {
            return ApiProblem.of(400, "invalid_request", "dateOfBirth must be a date written yyyy-MM-dd").build();
        }
        PersonSearch query;
        try {
            query = new PersonSearch(search.familyName(), search.givenName(), born, search.limit() == null ? 50 : search.limit());
        } catch (IllegalArgumentException e) {
            return ApiProblem.of(400, "invalid_request", e.getMessage()).build();
        }
        CouncilId council = council(request);
        boolean childFirst = CouncilsInForce.require(registry, council.value()).journey() == Journey.CHILD_FIRST;
        return Response.ok(Map.of("people", childFirst ? families.searchChildren(council, query) : families.search(council, query),
                "childrenOnly", childFirst)).build();
    }

    @POST
    @Path("by-record")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    public Response byRecord(RecordRequest record, @Context HttpServletRequest request) {
        if (record == null || record.source() == null || record.recordId() == null) {
            return ApiProblem.of(400, "invalid_request", "post a JSON object with source and recordId").build();
        }
        return families.bySourceRecord(council(request), record.source(), record.recordId())
                .map(person -> Response.ok(person).build())
                .orElseGet(() -> ApiProblem.of(404, "not_found", "no person of this council has that record").build());
    }

    @GET
    @Path("{person}/family")
    @Produces(MediaType.APPLICATION_JSON)
    public Response family(@PathParam("person") String person, @Context HttpServletRequest request) {
        UUID id;
        try {
            id = UUID.fromString(person);
        } catch (IllegalArgumentException e) {
            return noSuchPerson();
        }
        return families.family(council(request), id).map(view -> Response.ok(view).build()).orElseGet(PeopleResource::noSuchPerson);
    }

    @POST
    @Path("relink")
    @Produces(MediaType.APPLICATION_JSON)
    @Allowed({Role.DATA_ENGINEER})
    public Response relink(@Context HttpServletRequest request) {
        CouncilId council = council(request);
        LinkageOutcome outcome = families.relink(council);
        LOG.log(Level.INFO, "Council {0}: re-linked on demand by {1}", new Object[] {council, Visitor.of(request).user().subject()});
        return Response.ok(outcome).build();
    }

    private static CouncilId council(HttpServletRequest request) {
        return Visitor.of(request).user().council();
    }

    private static Response noSuchPerson() {
        return ApiProblem.of(404, "not_found", "this council has no person with that id").build();
    }
}

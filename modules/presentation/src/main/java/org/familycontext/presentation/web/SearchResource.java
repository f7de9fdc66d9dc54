package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import org.familycontext.identity.Role;
import org.familycontext.presentation.access.Allowed;
import org.familycontext.presentation.access.Visitor;
import org.familycontext.presentation.pages.Assets;
import org.familycontext.presentation.pages.Pages;
import org.familycontext.presentation.pages.SearchPage;
import org.familycontext.tenancy.TenantRegistry;

/**
 * The social worker's start page once signed in. Searching itself arrives with family assembly;
 * until then the page says plainly that no records are loaded. Searches are posted, so that names
 * and dates of birth never appear in addresses, histories or logs.
 */
@Path("{council}/search")
@Dependent
@Allowed({Role.SOCIAL_WORKER, Role.TEAM_MANAGER})
public class SearchResource {

    private final TenantRegistry registry;
    private final Pages pages;
    private final Assets assets;

    @Inject
    public SearchResource(TenantRegistry registry, Pages pages, Assets assets) {
        this.registry = registry;
        this.pages = pages;
        this.assets = assets;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String form(@PathParam("council") String council, @Context HttpServletRequest request) {
        Visitor visitor = Visitor.of(request);
        return pages.search(SearchPage.of(CouncilsInForce.require(registry, council), visitor.user(),
                visitor.csrfToken().orElseThrow(), assets));
    }

    @POST
    @Produces(MediaType.TEXT_HTML)
    public String search(@PathParam("council") String council, @Context HttpServletRequest request) {
        return form(council, request);
    }
}

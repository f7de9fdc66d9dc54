package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.familycontext.presentation.pages.Assets;
import org.familycontext.presentation.pages.Pages;
import org.familycontext.presentation.pages.RegionPage;
import org.familycontext.presentation.pages.StartPage;
import org.familycontext.tenancy.TenantRegistry;

/**
 * The region's list of councils ({@code /t/}) and each council's start page ({@code /t/{council}/}),
 * in one resource: JAX-RS picks a single root resource per request, and a separate root at "/"
 * would hide the council pages.
 */
@Path("/")
@Dependent
public class PagesResource {

    private final TenantRegistry registry;
    private final Pages pages;
    private final Assets assets;

    @Inject
    public PagesResource(TenantRegistry registry, Pages pages, Assets assets) {
        this.registry = registry;
        this.pages = pages;
        this.assets = assets;
    }

    @GET
    @Produces(MediaType.TEXT_HTML)
    public String councils() {
        return pages.region(RegionPage.of(registry.region(), registry.councils(), assets));
    }

    @GET
    @Path("{council}")
    @Produces(MediaType.TEXT_HTML)
    public String start(@PathParam("council") String council) {
        return pages.start(StartPage.of(CouncilsInForce.require(registry, council), assets));
    }
}

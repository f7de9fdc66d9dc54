package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.familycontext.presentation.access.Public;
import org.familycontext.presentation.pages.Assets;
import org.familycontext.presentation.pages.CouncilBrand;
import org.familycontext.presentation.pages.MessagePage;
import org.familycontext.presentation.pages.Pages;
import org.familycontext.presentation.pages.RegionPage;
import org.familycontext.presentation.pages.StartPage;
import org.familycontext.tenancy.TenantRegistry;

/**
 * The public pages: the region's list of councils ({@code /t/}), each council's start page
 * ({@code /t/{council}/}) and its signed-out page. They share one root resource on purpose: JAX-RS
 * picks a single root resource class per request (the one with the longest literal path), so a
 * root resource at "/" or "{council}" would hide these pages. Other resources have literal paths
 * such as {@code {council}/search}.
 */
@Path("/")
@Dependent
@Public
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

    @GET
    @Path("{council}/signed-out")
    @Produces(MediaType.TEXT_HTML)
    public String signedOut(@PathParam("council") String council) {
        return pages.message(MessagePage.signedOut(CouncilBrand.of(CouncilsInForce.require(registry, council)), assets));
    }
}

package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import org.familycontext.presentation.access.Public;
import org.familycontext.tenancy.Branding;
import org.familycontext.tenancy.Logo;
import org.familycontext.tenancy.TenantRegistry;

/**
 * A council's logo and colour style sheet, both from its configuration in force. Pages link to
 * them with the configuration version in the URL, so a short cache lifetime is enough.
 */
@Path("{council}/branding")
@Dependent
@Public
public class CouncilBrandingResource {

    private static final int CACHE_SECONDS = 300;

    private final TenantRegistry registry;

    @Inject
    public CouncilBrandingResource(TenantRegistry registry) {
        this.registry = registry;
    }

    @GET
    @Path("logo")
    public Response logo(@PathParam("council") String council, @Context Request request) {
        Logo logo = CouncilsInForce.require(registry, council).branding().logo();
        EntityTag tag = new EntityTag(logo.digest());
        Response.ResponseBuilder unchanged = request.evaluatePreconditions(tag);
        Response.ResponseBuilder response = unchanged != null ? unchanged : Response.ok(logo.content(), logo.mediaType());
        // An SVG opened directly must not run script or load anything.
        return response.tag(tag).cacheControl(cache())
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; sandbox")
                .build();
    }

    @GET
    @Path("theme.css")
    public Response theme(@PathParam("council") String council) {
        Branding branding = CouncilsInForce.require(registry, council).branding();
        return Response.ok(CouncilTheme.css(branding.colour()), "text/css; charset=utf-8").cacheControl(cache()).build();
    }

    private static CacheControl cache() {
        CacheControl cache = new CacheControl();
        cache.setMaxAge(CACHE_SECONDS);
        return cache;
    }
}

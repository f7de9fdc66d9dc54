package org.familycontext.presentation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Anything unexpected becomes a plain "problem with the service" page with a reference; details go to the log only. */
@Provider
@ApplicationScoped
public class UnexpectedErrors implements ExceptionMapper<Throwable> {

    /* JAX-RS creates providers itself (it needs a public no-argument constructor), so CDI injects fields. */
    @Inject
    private ErrorPageRenderer renderer;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
        return Response.serverError()
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(renderer.page(500, WebApplicationErrors.segments(uri), exception))
                .build();
    }
}

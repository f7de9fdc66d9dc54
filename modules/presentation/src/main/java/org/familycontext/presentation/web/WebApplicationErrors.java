package org.familycontext.presentation.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.presentation.access.ApiProblem;

/** Turns JAX-RS errors (not found, method not allowed, ...) into the service's own error pages. */
@Provider
@ApplicationScoped
public class WebApplicationErrors implements ExceptionMapper<WebApplicationException> {

    /* JAX-RS creates providers itself (it needs a public no-argument constructor), so CDI injects fields. */
    @Inject
    private ErrorPageRenderer renderer;

    @Context
    private UriInfo uri;

    @Override
    public Response toResponse(WebApplicationException exception) {
        int status = exception.getResponse().getStatus();
        if (ApiProblem.isApi(uri)) {
            return ApiProblem.of(status, status == 404 ? "not_found" : status == 405 ? "method_not_allowed" : "request_refused",
                    status == 404 ? "no such resource" : "the request cannot be served: HTTP " + status).build();
        }
        return Response.status(status)
                .type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(renderer.page(status, segments(uri), exception))
                .build();
    }

    static List<String> segments(UriInfo uri) {
        List<String> segments = new ArrayList<>();
        segments.add("t");
        uri.getPathSegments().forEach(s -> segments.add(s.getPath()));
        return segments;
    }
}

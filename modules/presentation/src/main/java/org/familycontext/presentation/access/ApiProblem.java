package org.familycontext.presentation.access;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Map;

/**
 * How the JSON API says no: a status and a body {@code {"error": code, "error_description": text}}
 * (the OAuth 2.0 shape, which API clients already handle).
 */
public final class ApiProblem {

    private ApiProblem() {
    }

    public static Response.ResponseBuilder of(int status, String error, String description) {
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(Map.of("error", error, "error_description", description));
    }

    /** True for addresses under {@code /t/{council}/api/}. */
    public static boolean isApi(UriInfo uri) {
        return uri.getPathSegments().size() > 1 && uri.getPathSegments().get(1).getPath().equals("api");
    }
}

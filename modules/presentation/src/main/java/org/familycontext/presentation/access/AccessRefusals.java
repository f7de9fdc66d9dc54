package org.familycontext.presentation.access;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.familycontext.kernel.CouncilId;
import org.familycontext.presentation.web.ErrorPageRenderer;

/**
 * How the door says no: pages send people to their council's sign-in or show the service's own
 * error page; the JSON API answers 401 or 403 with a JSON body and a Bearer challenge.
 */
@Dependent
public class AccessRefusals {

    private final ErrorPageRenderer pages;

    @Inject
    public AccessRefusals(ErrorPageRenderer pages) {
        this.pages = pages;
    }

    /** True for requests under {@code /t/{council}/api/}. */
    public boolean isApi(ContainerRequestContext request) {
        return ApiProblem.isApi(request.getUriInfo());
    }

    Response signInNeeded(ContainerRequestContext request, CouncilId council) {
        if (isApi(request)) {
            return json(401, "unauthenticated", "sign in, or send a bearer access token from " + council + "'s identity provider")
                    .header("WWW-Authenticate", "Bearer realm=\"" + council + "\"").build();
        }
        String back = "GET".equals(request.getMethod()) ? request.getUriInfo().getRequestUri().getRawPath()
                : "/t/" + council + "/search";
        return Response.seeOther(request.getUriInfo().getBaseUriBuilder().path("{council}/sign-in")
                .queryParam("return", back).build(council.value())).build();
    }

    Response tokenRefused(CouncilId council, String message) {
        return json(401, "invalid_token", message)
                .header("WWW-Authenticate", "Bearer realm=\"" + council + "\", error=\"invalid_token\"").build();
    }

    Response forbidden(ContainerRequestContext request) {
        return isApi(request) ? json(403, "forbidden", "your roles do not allow this").build() : page(403, request);
    }

    Response notFound(ContainerRequestContext request) {
        return isApi(request) ? json(404, "not_found", "no such council or resource").build() : page(404, request);
    }

    private Response page(int status, ContainerRequestContext request) {
        List<String> segments = new ArrayList<>(List.of("t"));
        request.getUriInfo().getPathSegments().forEach(s -> segments.add(s.getPath()));
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("utf-8"))
                .entity(pages.page(status, segments, null)).build();
    }

    private static Response.ResponseBuilder json(int status, String error, String description) {
        return ApiProblem.of(status, error, description);
    }
}

package org.familycontext.presentation.web;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/**
 * The address browsers use to reach the service, for the redirect URIs registered with identity
 * providers: {@code fc.public-url} when set (as it should be behind a proxy), otherwise the address
 * of the request.
 */
public final class PublicAddress {

    private final Optional<URI> configured;

    public PublicAddress(Optional<URI> configured) {
        this.configured = configured.map(u -> URI.create(u.toString().replaceAll("/+$", "")));
    }

    URI callback(HttpServletRequest request, CouncilId council) {
        return base(request).resolve("/t/" + council.value() + "/sign-in/callback");
    }

    URI signedOut(HttpServletRequest request, CouncilId council) {
        return base(request).resolve("/t/" + council.value() + "/signed-out");
    }

    /** An absolute address for a path of this service (JAX-RS would resolve a bare path against /t/). */
    public URI page(HttpServletRequest request, String path) {
        return base(request).resolve(path);
    }

    private URI base(HttpServletRequest request) {
        return configured.orElseGet(() -> URI.create(request.getScheme() + "://" + request.getServerName() + ":"
                + request.getServerPort()));
    }
}

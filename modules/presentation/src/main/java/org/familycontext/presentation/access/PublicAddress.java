package org.familycontext.presentation.access;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/**
 * The address browsers use to reach the service: {@code fc.public-url} when set (as it must be
 * behind a proxy), otherwise the address of the request. Redirect URIs registered with identity
 * providers, and the Origin that forms must come from, are built from it.
 */
public final class PublicAddress {

    private final Optional<URI> configured;

    /**
     * @param configured the public URL, scheme and host (and port) only
     * @throws IllegalArgumentException when it is not such a URL
     */
    public PublicAddress(Optional<URI> configured) {
        configured.ifPresent(PublicAddress::check);
        this.configured = configured.map(u -> URI.create(u.getScheme() + "://" + u.getRawAuthority()));
    }

    /** True when the configured public address is https (TLS ends at a proxy in front). */
    public boolean https() {
        return configured.map(u -> "https".equals(u.getScheme())).orElse(false);
    }

    /** The origin (scheme, host and port) browsers see, e.g. {@code https://familycontext.example.gov.uk}. */
    public String origin(HttpServletRequest request) {
        return base(request).toString();
    }

    public URI callback(HttpServletRequest request, CouncilId council) {
        return page(request, "/t/" + council.value() + "/sign-in/callback");
    }

    public URI signedOut(HttpServletRequest request, CouncilId council) {
        return page(request, "/t/" + council.value() + "/signed-out");
    }

    /** An absolute address for a path of this service (JAX-RS would resolve a bare path against /t/). */
    public URI page(HttpServletRequest request, String path) {
        return URI.create(base(request) + path);
    }

    private URI base(HttpServletRequest request) {
        return configured.orElseGet(() -> {
            String scheme = request.getScheme();
            int port = request.getServerPort();
            boolean usual = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
            return URI.create(scheme + "://" + request.getServerName() + (usual ? "" : ":" + port));
        });
    }

    private static void check(URI url) {
        boolean plain = ("https".equals(url.getScheme()) || "http".equals(url.getScheme())) && url.getHost() != null
                && (url.getRawPath() == null || url.getRawPath().isEmpty() || url.getRawPath().equals("/"))
                && url.getRawQuery() == null && url.getRawFragment() == null && url.getRawUserInfo() == null;
        if (!plain) {
            throw new IllegalArgumentException("fc.public-url must be a scheme and host (and port) only, "
                    + "e.g. https://familycontext.example.gov.uk, not " + url);
        }
    }
}

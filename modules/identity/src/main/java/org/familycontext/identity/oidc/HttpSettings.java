package org.familycontext.identity.oidc;

import com.nimbusds.jose.util.DefaultResourceRetriever;
import com.nimbusds.jose.util.ResourceRetriever;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import java.time.Duration;

/**
 * Time limits for every call to an identity provider, so that a slow provider delays only its own
 * council's sign-ins, and only briefly.
 *
 * @param timeout connect and read time-out
 */
public record HttpSettings(Duration timeout) {

    private static final int MAX_DOCUMENT_BYTES = 512 * 1024;

    void apply(HTTPRequest request) {
        request.setConnectTimeout((int) timeout.toMillis());
        request.setReadTimeout((int) timeout.toMillis());
    }

    ResourceRetriever retriever() {
        return new DefaultResourceRetriever((int) timeout.toMillis(), (int) timeout.toMillis(), MAX_DOCUMENT_BYTES);
    }
}

package org.familycontext.identity.session;

import java.time.Instant;
import java.util.Objects;
import org.familycontext.kernel.CouncilId;

/**
 * A sign-in that has been sent to the provider and not yet come back.
 *
 * @param stateHash    SHA-256 of the state parameter
 * @param council      the council
 * @param browserHash  SHA-256 of the secret in the starting browser's cookie
 * @param nonce        the nonce the ID token must carry
 * @param codeVerifier the PKCE code verifier
 * @param returnTo     where to go afterwards
 * @param expiresAt    when it may no longer be completed
 */
public record PendingSignIn(String stateHash, CouncilId council, String browserHash, String nonce, String codeVerifier,
                            String returnTo, Instant expiresAt) {

    public PendingSignIn {
        Objects.requireNonNull(stateHash, "stateHash");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(browserHash, "browserHash");
        Objects.requireNonNull(nonce, "nonce");
        Objects.requireNonNull(codeVerifier, "codeVerifier");
        Objects.requireNonNull(returnTo, "returnTo");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "PendingSignIn[" + council + ", until " + expiresAt + "]";
    }
}

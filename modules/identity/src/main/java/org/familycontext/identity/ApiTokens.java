package org.familycontext.identity;

import org.familycontext.kernel.CouncilId;

/**
 * Bearer access tokens of API clients (e.g. a case system embedding Family Context): a JWT from the
 * council's own issuer, its signature checked against the issuer's published keys, with issuer,
 * audience, expiry and not-before checked.
 */
public interface ApiTokens {

    /**
     * The user (or client) the token speaks for.
     *
     * @throws TokenRefused      when the token is not acceptable for this council
     * @throws SignInUnavailable when the council's provider cannot be reached for its keys
     */
    SignedInUser verify(CouncilId council, String bearerToken);
}

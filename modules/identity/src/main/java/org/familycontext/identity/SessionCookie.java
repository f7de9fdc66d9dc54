package org.familycontext.identity;

import java.util.Optional;
import org.familycontext.kernel.CouncilId;

/**
 * The session cookie's value is {@code <council>.<secret>}: the council part lets a request for
 * another council be recognised (and refused, and logged) without looking anything up.
 */
public final class SessionCookie {

    private SessionCookie() {
    }

    /** The council a cookie value claims to belong to (unverified: the secret decides). */
    public static Optional<CouncilId> claimedCouncil(String cookieValue) {
        int dot = cookieValue == null ? -1 : cookieValue.indexOf('.');
        return dot <= 0 ? Optional.empty() : CouncilId.parse(cookieValue.substring(0, dot));
    }
}

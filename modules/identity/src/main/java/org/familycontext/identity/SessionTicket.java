package org.familycontext.identity;

import java.time.Instant;
import java.util.Objects;

/**
 * A session as the browser holds it.
 *
 * @param cookieValue the session cookie's value: the council id, a dot, and a random secret
 * @param csrfToken   the token every state-changing form of this session must carry
 * @param expiresAt   when the session ends at the latest
 */
public record SessionTicket(String cookieValue, String csrfToken, Instant expiresAt) {

    public SessionTicket {
        Objects.requireNonNull(cookieValue, "cookieValue");
        Objects.requireNonNull(csrfToken, "csrfToken");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String toString() {
        return "SessionTicket[expiresAt=" + expiresAt + "]";
    }
}

package org.familycontext.identity;

import java.util.Objects;

/**
 * A session in use.
 *
 * @param user      who it belongs to
 * @param csrfToken the token its state-changing requests must carry
 */
public record ActiveSession(SignedInUser user, String csrfToken) {

    public ActiveSession {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(csrfToken, "csrfToken");
    }

    @Override
    public String toString() {
        return "ActiveSession[" + user.council() + ", " + user.subject() + "]";
    }
}

package org.familycontext.identity;

import java.util.Objects;

/**
 * A completed sign-in.
 *
 * @param user     who signed in
 * @param session  the new session: its cookie value and its CSRF token
 * @param returnTo where to send the browser now
 */
public record CompletedSignIn(SignedInUser user, SessionTicket session, String returnTo) {

    public CompletedSignIn {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(returnTo, "returnTo");
    }
}

package org.familycontext.identity;

/** A bearer token that is not acceptable; the message never contains the token. */
public class TokenRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public TokenRefused(String reason) {
        super(reason);
    }
}

package org.familycontext.identity;

/** A sign-in callback that cannot be accepted; the reason says why, for the user and the log. */
public class SignInRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why a sign-in was refused. */
    public enum Reason {
        /** The sign-in was not started here, was already used, or took too long. */
        UNKNOWN_OR_EXPIRED,
        /** The callback came to a different browser from the one that started the sign-in. */
        OTHER_BROWSER,
        /** The provider refused (the user cancelled, or is not allowed). */
        PROVIDER_REFUSED,
        /** The provider's answer did not pass validation (token, nonce, issuer, audience...). */
        INVALID_RESPONSE,
        /** The user has no Family Context role at this council. */
        NO_ROLE
    }

    private final Reason reason;

    public SignInRefused(Reason reason, String detail) {
        super(reason + ": " + detail);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}

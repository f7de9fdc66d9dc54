package org.familycontext.identity;

import org.familycontext.kernel.CouncilId;

/** The council's identity provider cannot be used right now (down, unreachable, misconfigured). */
public class SignInUnavailable extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient CouncilId council;

    public SignInUnavailable(CouncilId council, String reason, Throwable cause) {
        super("sign-in for council " + council + " is unavailable: " + reason, cause);
        this.council = council;
    }

    public CouncilId council() {
        return council;
    }
}

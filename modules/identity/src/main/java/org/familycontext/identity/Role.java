package org.familycontext.identity;

import java.util.Arrays;
import java.util.Optional;

/** What a user may do in Family Context, granted by the council's identity provider. */
public enum Role {
    /** Searches and views families for their work. */
    SOCIAL_WORKER("social-worker"),
    /** Reviews the use of the service by their staff. */
    TEAM_MANAGER("team-manager"),
    /** Exports the council's data-access log. */
    AUDITOR("auditor"),
    /** Owns the council's data-sharing agreements. */
    INFORMATION_GOVERNANCE("information-governance"),
    /** Onboards and configures councils across the region. */
    REGIONAL_LEAD("regional-lead"),
    /** Looks after the council's source extracts and their loads. */
    DATA_ENGINEER("data-engineer");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The code used in tenant configuration and in identity providers' role names. */
    public String code() {
        return code;
    }

    public static Optional<Role> fromCode(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst();
    }
}

package org.familycontext.identity.oidc;

import java.util.Map;

/** How to name someone from a token's claims, without ever falling back to anything secret. */
final class ClaimNames {

    private ClaimNames() {
    }

    /** The first non-blank of the given claims, else the subject. */
    static String firstOf(Map<String, Object> claims, String subject, String... names) {
        for (String name : names) {
            if (claims.get(name) instanceof String text && !text.isBlank()) {
                return text;
            }
        }
        return subject;
    }
}

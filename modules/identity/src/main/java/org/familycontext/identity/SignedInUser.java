package org.familycontext.identity;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.familycontext.kernel.CouncilId;

/**
 * Someone the council's identity provider vouched for, acting for that council.
 *
 * @param council     the council they signed in to (and may act for, only)
 * @param subject     the provider's stable identifier of the user (never their name)
 * @param displayName how to greet them
 * @param roles       their Family Context roles (possibly none)
 * @param since       when they signed in, or when the API token was issued
 * @param via         how they proved it
 */
public record SignedInUser(CouncilId council, String subject, String displayName, Set<Role> roles, Instant since,
                           Via via) {

    /** How a request proved who is behind it. */
    public enum Via {
        /** A browser session started by the authorization code flow. */
        SESSION,
        /** A bearer access token from the council's provider (API clients). */
        BEARER_TOKEN
    }

    public SignedInUser {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(displayName, "displayName");
        roles = Set.copyOf(roles);
        Objects.requireNonNull(since, "since");
        Objects.requireNonNull(via, "via");
    }

    /** True when the user holds at least one of the roles. */
    public boolean holdsAnyOf(Set<Role> wanted) {
        return wanted.stream().anyMatch(roles::contains);
    }
}

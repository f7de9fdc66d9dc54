package org.familycontext.identity;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The first step of a sign-in.
 *
 * @param providerRedirect the provider's authorization request, for the browser to follow
 * @param browserBinding   a secret to keep in a short-lived cookie: the callback must bring it back
 * @param validFor         how long the sign-in may take
 */
public record SignInStart(URI providerRedirect, String browserBinding, Duration validFor) {

    public SignInStart {
        Objects.requireNonNull(providerRedirect, "providerRedirect");
        Objects.requireNonNull(browserBinding, "browserBinding");
        Objects.requireNonNull(validFor, "validFor");
    }
}

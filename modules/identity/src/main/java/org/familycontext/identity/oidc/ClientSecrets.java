package org.familycontext.identity.oidc;

import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.function.Function;
import org.familycontext.identity.SignInUnavailable;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.SecretReference;

/**
 * Reads a council's client secret from where its configuration says it is (an environment variable
 * or a file), at the moment it is needed, so a rotated secret needs no restart. Never logged.
 */
public final class ClientSecrets {

    private final Function<String, String> environment;

    public ClientSecrets(Function<String, String> environment) {
        this.environment = environment;
    }

    /** The secret, or empty for a public client; unavailable sign-in when it is referenced but missing. */
    public Optional<String> resolve(CouncilId council, Optional<SecretReference> reference) {
        if (reference.isEmpty()) {
            return Optional.empty();
        }
        SecretReference ref = reference.get();
        Optional<String> value;
        try {
            value = ref.read(environment);
        } catch (UncheckedIOException e) {
            throw new SignInUnavailable(council, "its client secret file cannot be read", e);
        }
        if (value.isEmpty()) {
            throw new SignInUnavailable(council, "its client secret (" + ref + ") is not set", null);
        }
        return value;
    }
}

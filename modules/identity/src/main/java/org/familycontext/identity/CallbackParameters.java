package org.familycontext.identity;

import java.util.Optional;

/**
 * What the provider sent back to the redirect URI.
 *
 * @param code             the authorization code
 * @param state            the state of the request it answers
 * @param error            an OAuth error code, when the provider refused
 * @param errorDescription the provider's explanation, if any
 */
public record CallbackParameters(Optional<String> code, Optional<String> state, Optional<String> error,
                                 Optional<String> errorDescription) {

    public static CallbackParameters of(String code, String state, String error, String errorDescription) {
        return new CallbackParameters(Optional.ofNullable(code), Optional.ofNullable(state), Optional.ofNullable(error),
                Optional.ofNullable(errorDescription));
    }
}

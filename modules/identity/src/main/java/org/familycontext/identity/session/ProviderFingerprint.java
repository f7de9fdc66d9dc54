package org.familycontext.identity.session;

import org.familycontext.tenancy.IdentityProviderSettings;

/**
 * What a session depends on in its council's provider settings: the issuer that vouched for the
 * user, the client, and the claim roles are read from. If any of them changes (a council moves to
 * another provider, or revokes one), sessions opened under the old settings end.
 */
final class ProviderFingerprint {

    private ProviderFingerprint() {
    }

    static String of(IdentityProviderSettings settings) {
        return RandomTokens.fingerprint(settings.issuer() + "\n" + settings.clientId() + "\n" + settings.roleClaim());
    }
}

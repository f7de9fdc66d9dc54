package org.familycontext.identity.oidc;

import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.util.Objects;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.IdentityProviderSettings;

/**
 * A council's provider as discovered: its configuration in force and its published metadata.
 *
 * @param council  the council
 * @param settings the council's identity provider settings
 * @param metadata the provider's discovery document
 */
public record Provider(CouncilId council, IdentityProviderSettings settings, OIDCProviderMetadata metadata) {

    public Provider {
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(settings, "settings");
        Objects.requireNonNull(metadata, "metadata");
    }
}

package org.familycontext.identity.oidc;

import com.nimbusds.oauth2.sdk.GeneralException;
import com.nimbusds.oauth2.sdk.http.HTTPRequest;
import com.nimbusds.oauth2.sdk.http.HTTPResponse;
import com.nimbusds.oauth2.sdk.id.Issuer;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderConfigurationRequest;
import com.nimbusds.openid.connect.sdk.op.OIDCProviderMetadata;
import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.familycontext.identity.SignInUnavailable;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.IdentityProviderSettings;
import org.familycontext.tenancy.TenantRegistry;

/**
 * Finds each council's provider from its issuer (OpenID Connect discovery), always for the
 * configuration in force: a changed issuer is discovered afresh. Metadata is kept for a while; a
 * provider that cannot be reached is not asked again for a few seconds, and only its own council
 * is affected.
 */
public final class ProviderDirectory {

    private static final Logger LOG = Logger.getLogger(ProviderDirectory.class.getName());
    static final Duration KEEP = Duration.ofMinutes(15);
    static final Duration BACK_OFF = Duration.ofSeconds(5);

    private record Entry(IdentityProviderSettings settings, OIDCProviderMetadata metadata, String failure, Instant until) {
    }

    private final TenantRegistry registry;
    private final HttpSettings http;
    private final Clock clock;
    private final Map<CouncilId, Entry> entries = new ConcurrentHashMap<>();

    public ProviderDirectory(TenantRegistry registry, HttpSettings http, Clock clock) {
        this.registry = registry;
        this.http = http;
        this.clock = clock;
    }

    /** The council's provider, discovered if need be. */
    public Provider provider(CouncilId council) {
        IdentityProviderSettings settings = registry.council(council).map(Council::identityProvider)
                .orElseThrow(() -> new SignInUnavailable(council, "the council is not in service", null));
        Instant now = clock.instant();
        Entry entry = entries.get(council);
        if (entry == null || !entry.settings().equals(settings) || !now.isBefore(entry.until())) {
            entry = discover(council, settings, now);
            entries.put(council, entry);
        }
        if (entry.metadata() == null) {
            throw new SignInUnavailable(council, entry.failure(), null);
        }
        return new Provider(council, settings, entry.metadata());
    }

    private Entry discover(CouncilId council, IdentityProviderSettings settings, Instant now) {
        try {
            HTTPRequest request = new OIDCProviderConfigurationRequest(new Issuer(settings.issuer())).toHTTPRequest();
            http.apply(request);
            HTTPResponse response = request.send();
            if (!response.indicatesSuccess()) {
                return failed(council, settings, now, "its discovery document answered HTTP " + response.getStatusCode());
            }
            OIDCProviderMetadata metadata = OIDCProviderMetadata.parse(response.getBodyAsJSONObject());
            if (!metadata.getIssuer().getValue().equals(settings.issuer().toString())) {
                return failed(council, settings, now, "its discovery document names another issuer");
            }
            return new Entry(settings, metadata, null, now.plus(KEEP));
        } catch (IOException | GeneralException | RuntimeException e) {
            return failed(council, settings, now, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }

    private static Entry failed(CouncilId council, IdentityProviderSettings settings, Instant now, String reason) {
        LOG.log(Level.WARNING, "Council {0}: identity provider {1} is unavailable ({2})",
                new Object[] {council, settings.issuer(), reason});
        return new Entry(settings, null, "the identity provider cannot be reached", now.plus(BACK_OFF));
    }
}

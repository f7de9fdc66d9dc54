package org.familycontext.identity.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Branding;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.IdentityProviderSettings;
import org.familycontext.tenancy.Journey;
import org.familycontext.tenancy.Logo;
import org.familycontext.tenancy.RegionSettings;
import org.familycontext.tenancy.SecretReference;
import org.familycontext.tenancy.SessionPolicy;
import org.familycontext.tenancy.SupportContact;
import org.familycontext.tenancy.TenantConfigurationStatus;
import org.familycontext.tenancy.TenantRegistry;

/** Councils and a registry for identity unit tests. */
public final class TestCouncils implements TenantRegistry {

    private final Map<CouncilId, Council> councils = new HashMap<>();

    public static Council council(String id, URI issuer, SessionPolicy session) {
        Map<String, Set<String>> roles = new HashMap<>();
        IdentityProviderSettings.ROLE_CODES.forEach(code -> roles.put(code, Set.of(code)));
        return council(id, issuer, session, roles);
    }

    public static Council council(String id, URI issuer, SessionPolicy session, Map<String, Set<String>> roles) {
        byte[] svg = "<svg/>".getBytes(StandardCharsets.UTF_8);
        return new Council(new CouncilId(id), id, new Branding("Family Context", "#005ea5",
                new Logo(id + ".svg", "image/svg+xml", svg, "x"), new SupportContact("s", "s@x.example", Optional.empty())),
                new IdentityProviderSettings(issuer, FakeIdentityProvider.CLIENT_ID,
                        Optional.of(new SecretReference(SecretReference.Source.ENVIRONMENT, "FC_" + id.toUpperCase() + "_SECRET")),
                        FakeIdentityProvider.API_AUDIENCE, "roles", roles),
                Set.of(Dataset.POLICE), Journey.SEARCH_ANY, session, Map.of(), Map.of(), "v1");
    }

    public TestCouncils with(Council council) {
        councils.put(council.id(), council);
        return this;
    }

    public TestCouncils without(String id) {
        councils.remove(new CouncilId(id));
        return this;
    }

    @Override
    public Optional<Council> council(CouncilId id) {
        return Optional.ofNullable(councils.get(id));
    }

    @Override
    public List<Council> councils() {
        return List.copyOf(councils.values());
    }

    @Override
    public RegionSettings region() {
        return new RegionSettings("Test", Map.of());
    }

    @Override
    public TenantConfigurationStatus status() {
        return new TenantConfigurationStatus(true, Optional.empty(), "test", List.copyOf(councils.keySet()), List.of());
    }
}

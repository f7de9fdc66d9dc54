package org.familycontext.adapters.testing;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Branding;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.IdentityProviderSettings;
import org.familycontext.tenancy.Journey;
import org.familycontext.tenancy.Logo;
import org.familycontext.tenancy.RegionSettings;
import org.familycontext.tenancy.SessionPolicy;
import org.familycontext.tenancy.SourceSettings;
import org.familycontext.tenancy.SupportContact;
import org.familycontext.tenancy.TenantConfigurationStatus;
import org.familycontext.tenancy.TenantRegistry;

/** A tenant registry for load tests: councils with the sources a test gives them. */
public final class TestRegistry implements TenantRegistry {

    private final Map<CouncilId, Council> councils = new TreeMap<>((a, b) -> a.value().compareTo(b.value()));

    public TestRegistry with(String id, SourceSettings... sources) {
        Map<String, SourceSettings> byId = new TreeMap<>();
        for (SourceSettings source : sources) {
            byId.put(source.id(), source);
        }
        byte[] svg = "<svg/>".getBytes(StandardCharsets.UTF_8);
        Council council = new Council(new CouncilId(id), id, new Branding("Family Context", "#005ea5",
                new Logo(id + ".svg", "image/svg+xml", svg, "x"), new SupportContact("s", "s@x.example", Optional.empty())),
                new IdentityProviderSettings(URI.create("https://idp.example/" + id), "fc", Optional.empty(), "fc-api", "roles",
                        Map.of()), Set.of(Dataset.values()), Journey.SEARCH_ANY, SessionPolicy.DEFAULT, Map.of(), byId, "v1");
        councils.put(council.id(), council);
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

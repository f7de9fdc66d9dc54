package org.familycontext.tenancy;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.familycontext.kernel.CouncilId;

/**
 * One council's configuration in force.
 *
 * @param id               the council id (also its file name and URL segment)
 * @param displayName      the council's name as users see it
 * @param branding         header colour, logo, service name and support contact
 * @param identityProvider the council's OpenID Connect provider
 * @param datasets         the datasets its users may see
 * @param journey          how its social workers start: search anyone, or the child first
 * @param session          how long its users' sessions last
 * @param ageRules         per dataset, the ages at which its section is shown (region defaults applied)
 * @param sources          its source extracts by id
 * @param version          a short fingerprint of the file (and logo) this configuration came from
 */
public record Council(
        CouncilId id,
        String displayName,
        Branding branding,
        IdentityProviderSettings identityProvider,
        Set<Dataset> datasets,
        Journey journey,
        SessionPolicy session,
        Map<Dataset, AgeRange> ageRules,
        Map<String, SourceSettings> sources,
        String version) {

    public Council {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(branding, "branding");
        Objects.requireNonNull(identityProvider, "identityProvider");
        Objects.requireNonNull(journey, "journey");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(version, "version");
        datasets = Set.copyOf(datasets);
        ageRules = Map.copyOf(ageRules);
        sources = Collections.unmodifiableMap(new TreeMap<>(sources));
    }

    /** The age rule for a dataset, if the council or the region sets one. */
    public Optional<AgeRange> ageRule(Dataset dataset) {
        return Optional.ofNullable(ageRules.get(dataset));
    }
}

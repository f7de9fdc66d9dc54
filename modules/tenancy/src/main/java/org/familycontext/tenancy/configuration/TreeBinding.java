package org.familycontext.tenancy.configuration;

import java.net.URI;
import java.time.Duration;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.AgeRange;
import org.familycontext.tenancy.Branding;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.IdentityProviderSettings;
import org.familycontext.tenancy.Journey;
import org.familycontext.tenancy.Logo;
import org.familycontext.tenancy.SecretReference;
import org.familycontext.tenancy.SessionPolicy;
import org.familycontext.tenancy.SupportContact;
import tools.jackson.databind.JsonNode;

/** Builds the API records from trees that have passed the schema and the rules. */
final class TreeBinding {

    private TreeBinding() {
    }

    static Council council(JsonNode tree, FileInput logoFile, Map<Dataset, AgeRange> regionAgeRules, String version) {
        Map<Dataset, AgeRange> ageRules = new EnumMap<>(Dataset.class);
        ageRules.putAll(regionAgeRules);
        ageRules.putAll(ageRules(tree.path("ageRules")));
        return new Council(
                new CouncilId(tree.path("id").asString()),
                tree.path("displayName").asString(),
                branding(tree.path("branding"), logoFile),
                identityProvider(tree.path("identityProvider")),
                datasets(tree.path("datasets")),
                Journey.fromCode(tree.path("journey").asString()).orElseThrow(),
                session(tree.path("session")),
                ageRules,
                SourceBinding.sources(tree.path("sources")),
                version);
    }

    static Map<Dataset, AgeRange> ageRules(JsonNode rules) {
        Map<Dataset, AgeRange> result = new EnumMap<>(Dataset.class);
        for (String code : rules.propertyNames()) {
            JsonNode range = rules.get(code);
            result.put(Dataset.fromCode(code).orElseThrow(), new AgeRange(optionalInt(range.path("minAge")),
                    optionalInt(range.path("maxAge"))));
        }
        return result;
    }

    private static Branding branding(JsonNode branding, FileInput logoFile) {
        JsonNode contact = branding.path("supportContact");
        String logoName = branding.path("logo").asString();
        String mediaType = logoName.endsWith(".png") ? "image/png" : "image/svg+xml";
        return new Branding(
                branding.path("serviceName").asString(),
                branding.path("colour").asString().toLowerCase(Locale.ROOT),
                new Logo(logoName, mediaType, logoFile.content(), logoFile.digest()),
                new SupportContact(contact.path("name").asString(), contact.path("email").asString(),
                        optionalString(contact.path("phone"))));
    }

    private static IdentityProviderSettings identityProvider(JsonNode provider) {
        JsonNode secret = provider.path("clientSecret");
        Optional<SecretReference> reference = Optional.empty();
        if (secret.has("env")) {
            reference = Optional.of(new SecretReference(SecretReference.Source.ENVIRONMENT, secret.get("env").asString()));
        } else if (secret.has("file")) {
            reference = Optional.of(new SecretReference(SecretReference.Source.FILE, secret.get("file").asString()));
        }
        String clientId = provider.path("clientId").asString();
        return new IdentityProviderSettings(URI.create(provider.path("issuer").asString()), clientId, reference,
                provider.path("apiAudience").asString(IdentityProviderSettings.defaultApiAudience(clientId)),
                provider.path("roleClaim").asString("roles"),
                roleValues(provider.path("roles")));
    }

    /**
     * Without a {@code roles} mapping each role is granted by a value equal to its own code (a
     * Keycloak realm provisioned by Family Context); with one, only the roles it lists can be granted.
     */
    private static Map<String, Set<String>> roleValues(JsonNode roles) {
        Map<String, Set<String>> values = new HashMap<>();
        for (String code : IdentityProviderSettings.ROLE_CODES) {
            Set<String> granting = new LinkedHashSet<>();
            roles.path(code).forEach(value -> granting.add(value.asString()));
            values.put(code, roles.isMissingNode() ? Set.of(code) : granting);
        }
        return values;
    }

    private static SessionPolicy session(JsonNode session) {
        return new SessionPolicy(
                Duration.ofMinutes(session.path("idleMinutes").asInt((int) SessionPolicy.DEFAULT.idle().toMinutes())),
                Duration.ofHours(session.path("absoluteHours").asInt((int) SessionPolicy.DEFAULT.absolute().toHours())));
    }

    private static Set<Dataset> datasets(JsonNode list) {
        Set<Dataset> datasets = EnumSet.noneOf(Dataset.class);
        list.forEach(code -> datasets.add(Dataset.fromCode(code.asString()).orElseThrow()));
        return datasets;
    }

    private static OptionalInt optionalInt(JsonNode node) {
        return node.isInt() ? OptionalInt.of(node.asInt()) : OptionalInt.empty();
    }

    private static Optional<String> optionalString(JsonNode node) {
        return node.isString() ? Optional.of(node.asString()) : Optional.empty();
    }
}

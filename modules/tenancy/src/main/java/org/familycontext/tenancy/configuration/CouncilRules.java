package org.familycontext.tenancy.configuration;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.familycontext.tenancy.ConfigurationProblem;
import org.familycontext.tenancy.SessionPolicy;
import tools.jackson.databind.JsonNode;

/**
 * The rules a JSON Schema cannot state, checked once the schema passes: the id matches the file
 * name, the logo exists and is an image, white text is readable on the colour, the issuer is https
 * (except on this machine), secret files are absolute paths, and age ranges are not inverted.
 */
final class CouncilRules {

    static final int MAX_LOGO_BYTES = 256 * 1024;
    private static final Set<String> LOOPBACK_HOSTS = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private final String file;
    private final JsonNode tree;
    private final List<ConfigurationProblem> problems = new ArrayList<>();

    private CouncilRules(String file, JsonNode tree) {
        this.file = file;
        this.tree = tree;
    }

    /** The problems found in a council tree that already satisfies the schema. */
    static List<ConfigurationProblem> check(String file, String expectedId, JsonNode tree, BrandingFiles branding) {
        CouncilRules rules = new CouncilRules(file, tree);
        rules.idMatchesFileName(expectedId);
        rules.logoIsAnImage(branding);
        rules.colourIsReadable();
        rules.issuerIsSecure();
        rules.secretFileIsAbsolute();
        rules.apiAudienceIsNotTheClient();
        rules.ageRangesAreOrdered();
        rules.idleFitsInsideAbsolute();
        rules.problems.addAll(SourceRules.check(file, tree));
        return rules.problems;
    }

    private void idMatchesFileName(String expectedId) {
        JsonNode id = tree.path("id");
        if (!id.asString().equals(expectedId)) {
            report(id, "id", "the id " + ValueText.of("id", id) + " differs from the file name " + file,
                    "id: " + expectedId + " (the file name without .yaml)");
        }
    }

    private void logoIsAnImage(BrandingFiles branding) {
        JsonNode logo = tree.path("branding").path("logo");
        String name = logo.asString();
        Optional<FileInput> image = branding.file(name);
        if (image.isEmpty()) {
            report(logo, "branding.logo", "the logo file branding/" + name + " was not found",
                    "an .svg or .png file of that name in tenant-config/branding/");
        } else if (image.get().content().length > MAX_LOGO_BYTES) {
            report(logo, "branding.logo", "the logo file is " + image.get().content().length + " bytes",
                    "a logo of at most " + MAX_LOGO_BYTES + " bytes");
        } else if (!looksLikeItsType(name, image.get().content())) {
            report(logo, "branding.logo", "branding/" + name + " is not a valid " + extension(name) + " image",
                    "an SVG document or a PNG image matching the file's extension");
        }
    }

    private void colourIsReadable() {
        JsonNode colour = tree.path("branding").path("colour");
        double ratio = ContrastRatio.between(colour.asString(), "#ffffff");
        if (ratio < ContrastRatio.AA_NORMAL_TEXT) {
            report(colour, "branding.colour", String.format(Locale.ROOT,
                    "white header text on %s has a contrast ratio of only %.2f:1", colour.asString(), ratio),
                    "a darker colour giving at least 4.5:1 against white (WCAG 2.2 AA)");
        }
    }

    private void issuerIsSecure() {
        JsonNode issuer = tree.path("identityProvider").path("issuer");
        try {
            URI uri = new URI(issuer.asString());
            if (uri.getHost() == null || uri.getQuery() != null || uri.getFragment() != null) {
                report(issuer, "identityProvider.issuer", ValueText.of("issuer", issuer) + " is not an issuer URL",
                        "a URL with a host and no query or fragment, e.g. https://login.council.gov.uk/realms/x");
            } else if (!"https".equals(uri.getScheme()) && !LOOPBACK_HOSTS.contains(uri.getHost())) {
                report(issuer, "identityProvider.issuer", "the issuer uses " + uri.getScheme() + ", not https",
                        "an https URL (plain http is allowed only for a provider on this machine)");
            }
        } catch (URISyntaxException e) {
            report(issuer, "identityProvider.issuer", ValueText.of("issuer", issuer) + " is not a URL", "a valid URL");
        }
    }

    private void apiAudienceIsNotTheClient() {
        JsonNode audience = tree.path("identityProvider").path("apiAudience");
        if (audience.isString() && audience.asString().equals(tree.path("identityProvider").path("clientId").asString())) {
            report(audience, "identityProvider.apiAudience", "the API audience is the client id, which ID tokens carry",
                    "an audience only access tokens carry, e.g. family-context-api (the default)");
        }
    }

    private void secretFileIsAbsolute() {
        JsonNode file = tree.path("identityProvider").path("clientSecret").path("file");
        if (file.isString() && !file.asString().startsWith("/")) {
            report(file, "identityProvider.clientSecret.file", "the secret file's path is relative",
                    "an absolute path such as /run/secrets/leeds-oidc-client-secret");
        }
    }

    private void ageRangesAreOrdered() {
        problems.addAll(AgeRangeRule.check(file, "ageRules", tree.path("ageRules")));
    }

    private void idleFitsInsideAbsolute() {
        JsonNode idle = tree.path("session").path("idleMinutes");
        JsonNode absolute = tree.path("session").path("absoluteHours");
        int absoluteMinutes = 60 * absolute.asInt((int) SessionPolicy.DEFAULT.absolute().toHours());
        if (idle.asInt((int) SessionPolicy.DEFAULT.idle().toMinutes()) > absoluteMinutes) {
            report(idle.isMissingNode() ? absolute : idle, "session", "the idle time-out is longer than the absolute one",
                    "idleMinutes no more than absoluteHours x 60");
        }
    }

    private void report(JsonNode node, String path, String problem, String expected) {
        NodeLocation at = NodeLocation.of(node);
        problems.add(new ConfigurationProblem(file, at.line(), at.column(), path, problem, Optional.of(expected)));
    }

    private static boolean looksLikeItsType(String name, byte[] content) {
        if (name.endsWith(".png")) {
            return content.length > PNG_SIGNATURE.length
                    && Arrays.equals(content, 0, PNG_SIGNATURE.length, PNG_SIGNATURE, 0, PNG_SIGNATURE.length);
        }
        String text = new String(content, 0, Math.min(content.length, 4096), StandardCharsets.UTF_8);
        return text.contains("<svg");
    }

    private static String extension(String name) {
        return name.substring(name.lastIndexOf('.') + 1).toUpperCase(Locale.ROOT);
    }
}

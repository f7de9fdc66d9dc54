package org.familycontext.presentation.pages;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.Map;
import java.util.Optional;
import org.familycontext.kernel.CouncilId;
import org.familycontext.tenancy.Branding;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.Dataset;
import org.familycontext.tenancy.IdentityProviderSettings;
import org.familycontext.tenancy.Journey;
import org.familycontext.tenancy.Logo;
import org.familycontext.tenancy.SessionPolicy;
import org.familycontext.tenancy.SupportContact;

/** Councils for page tests. */
public final class Councils {

    private Councils() {
    }

    public static Council council(String id, String displayName, Journey journey) {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".getBytes(StandardCharsets.UTF_8);
        return new Council(new CouncilId(id), displayName,
                new Branding("Family Context", "#005ea5", new Logo(id + ".svg", "image/svg+xml", svg, "abc"),
                        new SupportContact("Support <desk>", "help@" + id + ".example", Optional.of("0161 000 0000"))),
                new IdentityProviderSettings(URI.create("https://login.example/realms/" + id), "family-context", Optional.empty(),
                        "family-context", "roles", Map.of()),
                EnumSet.of(Dataset.POLICE, Dataset.CHILDRENS_SOCIAL_CARE), journey, SessionPolicy.DEFAULT, Map.of(), Map.of(), "v1");
    }
}

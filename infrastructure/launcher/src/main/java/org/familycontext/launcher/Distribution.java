package org.familycontext.launcher;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Files the launcher's build put beside its jar (the Keycloak distribution). */
final class Distribution {

    private Distribution() {
    }

    static Path keycloakZip() {
        try {
            Path jar = Path.of(Fc.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path zip = jar.resolveSibling("keycloak").resolve("keycloak.zip");
            if (!Files.isRegularFile(zip)) {
                throw new IllegalStateException("the Keycloak distribution is missing (" + zip + "): rebuild with ./fc");
            }
            return zip;
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}

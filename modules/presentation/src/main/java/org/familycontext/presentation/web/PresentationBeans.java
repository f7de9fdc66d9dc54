package org.familycontext.presentation.web;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.familycontext.presentation.access.PublicAddress;
import org.familycontext.presentation.access.SessionCookies;
import org.familycontext.presentation.pages.Assets;
import org.familycontext.presentation.pages.Pages;

/** Creates the page renderer once, and names the assets this build ships. */
@Dependent
class PresentationBeans {

    @Produces
    @Singleton
    Pages pages() {
        return new Pages();
    }

    @Produces
    @Singleton
    SessionCookies cookies(PublicAddress address,
                           @ConfigProperty(name = "fc.http.trust-forwarded-proto", defaultValue = "false") boolean trust) {
        return new SessionCookies(address.https(), trust);
    }

    @Produces
    @Singleton
    PublicAddress publicAddress(@ConfigProperty(name = "fc.public-url") Optional<String> url) {
        return new PublicAddress(url.filter(u -> !u.isBlank()).map(URI::create));
    }

    @Produces
    @Singleton
    Assets assets() {
        Properties build = new Properties();
        try (InputStream in = PresentationBeans.class.getResourceAsStream("/org/familycontext/presentation/build.properties")) {
            build.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Assets.forGovukFrontend(build.getProperty("govuk-frontend.version"));
    }
}

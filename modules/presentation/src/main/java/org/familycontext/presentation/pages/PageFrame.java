package org.familycontext.presentation.pages;

import java.util.Objects;
import java.util.Optional;

/**
 * What every page shares: its title, the header (service name, council brand) and the footer.
 *
 * @param title       the page's own title, first in the browser tab
 * @param serviceName the service name in the header
 * @param homeHref    where the header links to
 * @param council     the council whose branding the page wears, if any
 * @param assets      where the page's style sheets are
 * @param signedIn    who is signed in, for the header's name and sign-out button (pages behind sign-in)
 */
public record PageFrame(String title, String serviceName, String homeHref, Optional<CouncilBrand> council,
                        Assets assets, Optional<SignedInBar> signedIn) {

    /** A frame without anyone signed in. */
    public PageFrame(String title, String serviceName, String homeHref, Optional<CouncilBrand> council, Assets assets) {
        this(title, serviceName, homeHref, council, assets, Optional.empty());
    }

    /**
     * The signed-in user's part of the header.
     *
     * @param displayName   their name
     * @param signOutAction where the sign-out form posts
     * @param csrfToken     the session's CSRF token for that form
     */
    public record SignedInBar(String displayName, String signOutAction, String csrfToken) {
    }

    public PageFrame {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(homeHref, "homeHref");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(assets, "assets");
        Objects.requireNonNull(signedIn, "signedIn");
    }
}

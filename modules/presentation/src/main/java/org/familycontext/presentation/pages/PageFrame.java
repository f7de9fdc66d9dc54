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
 */
public record PageFrame(String title, String serviceName, String homeHref, Optional<CouncilBrand> council,
                        Assets assets) {

    public PageFrame {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(serviceName, "serviceName");
        Objects.requireNonNull(homeHref, "homeHref");
        Objects.requireNonNull(council, "council");
        Objects.requireNonNull(assets, "assets");
    }
}

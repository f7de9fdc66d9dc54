package org.familycontext.presentation.pages;

import java.util.Optional;
import org.familycontext.tenancy.Council;

/**
 * A council's branding as a page needs it.
 *
 * @param id           the council id
 * @param displayName  the council's name
 * @param homeHref     the council's start page
 * @param logoHref     its logo
 * @param themeHref    its colour style sheet
 * @param supportName  whom to contact about the service
 * @param supportEmail their e-mail address
 * @param supportPhone their telephone number, if given
 */
public record CouncilBrand(String id, String displayName, String homeHref, String logoHref, String themeHref,
                           String supportName, String supportEmail, Optional<String> supportPhone) {

    /** The brand of a council in force; asset links carry its version so browsers refetch after a change. */
    public static CouncilBrand of(Council council) {
        String base = "/t/" + council.id().value() + "/";
        String version = "?v=" + council.version();
        var contact = council.branding().supportContact();
        return new CouncilBrand(council.id().value(), council.displayName(), base,
                base + "branding/logo" + version, base + "branding/theme.css" + version,
                contact.name(), contact.email(), contact.phone());
    }
}

package org.familycontext.presentation.pages;

import java.util.Optional;
import org.familycontext.identity.SignedInUser;
import org.familycontext.tenancy.Council;
import org.familycontext.tenancy.Journey;

/**
 * The social worker's start page after signing in: the search form of the council's journey.
 *
 * @param frame      the page frame, with the signed-in user
 * @param childFirst true when the council's journey starts from the child
 * @param userName   who is signed in
 * @param action     where the search form submits
 */
public record SearchPage(PageFrame frame, boolean childFirst, String userName, String action) {

    public static SearchPage of(Council council, SignedInUser user, String csrfToken, Assets assets) {
        CouncilBrand brand = CouncilBrand.of(council);
        boolean childFirst = council.journey() == Journey.CHILD_FIRST;
        String title = childFirst ? "Find a child" : "Find a person";
        PageFrame frame = new PageFrame(title, council.branding().serviceName(), brand.homeHref(), Optional.of(brand), assets,
                Optional.of(new PageFrame.SignedInBar(user.displayName(), brand.homeHref() + "sign-out", csrfToken)));
        return new SearchPage(frame, childFirst, user.displayName(), brand.homeHref() + "search");
    }
}

package org.familycontext.presentation.pages;

import java.util.Optional;

/**
 * A page that says something went wrong, and what the user can do.
 *
 * @param frame     the page frame (branded when the error happened under a known council)
 * @param status    the HTTP status
 * @param heading   the heading users read
 * @param advice    what they can do about it
 * @param reference an incident reference for the support desk, for server errors
 */
public record ErrorPage(PageFrame frame, int status, String heading, String advice, Optional<String> reference) {

    /** The page for an HTTP status, in a council's branding if given. */
    public static ErrorPage of(int status, Optional<CouncilBrand> council, Assets assets, Optional<String> reference) {
        String service = "Family Context";
        String home = council.map(CouncilBrand::homeHref).orElse("/");
        return switch (status) {
            case 404 -> new ErrorPage(new PageFrame("Page not found", service, home, council, assets), status,
                    "Page not found", "If you typed the web address, check it is correct. If you pasted the web "
                    + "address, check you copied the entire address.", reference);
            case 403 -> new ErrorPage(new PageFrame("You cannot see this page", service, home, council, assets), status,
                    "You cannot see this page", "Your account does not allow this. Ask your manager if you need it.",
                    reference);
            case 400, 405, 406, 415 -> new ErrorPage(new PageFrame("The request was not understood", service, home,
                    council, assets), status, "The request was not understood", "Go back and try again.", reference);
            default -> new ErrorPage(new PageFrame("Sorry, there is a problem with the service", service, home,
                    council, assets), status, "Sorry, there is a problem with the service",
                    "Try again later. If it keeps happening, contact your support desk and give them the reference below.",
                    reference);
        };
    }
}

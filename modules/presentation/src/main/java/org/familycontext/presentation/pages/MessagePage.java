package org.familycontext.presentation.pages;

import java.util.Optional;
import org.familycontext.identity.SignInRefused;

/**
 * A page that tells the user one thing and what to do next: an error, a refusal, or that they
 * have signed out.
 *
 * @param frame     the page frame (branded when a council is known)
 * @param status    the HTTP status it is served with
 * @param heading   the heading users read
 * @param advice    what they can do about it
 * @param reference an incident reference for the support desk, for server errors
 * @param link      where to go next
 */
public record MessagePage(PageFrame frame, int status, String heading, String advice, Optional<String> reference,
                          Link link) {

    /** A link: its text and where it goes. */
    public record Link(String text, String href) {
    }

    private static final String SERVICE = "Family Context";

    /** The page for an HTTP status, in a council's branding if given. */
    public static MessagePage of(int status, Optional<CouncilBrand> council, Assets assets, Optional<String> reference) {
        return switch (status) {
            case 404 -> create(status, council, assets, "Page not found", "If you typed the web address, check it is correct. "
                    + "If you pasted the web address, check you copied the entire address.", reference);
            case 403 -> create(status, council, assets, "You cannot see this page",
                    "Your account does not allow this, or the form you sent had expired. Go back and try again; "
                    + "ask your manager if you need access.", reference);
            case 400, 405, 406, 415 -> create(status, council, assets, "The request was not understood", "Go back and try again.",
                    reference);
            default -> create(status, council, assets, "Sorry, there is a problem with the service",
                    "Try again later. If it keeps happening, contact your support desk and give them the reference below.",
                    reference);
        };
    }

    /** The council's identity provider cannot be reached. */
    public static MessagePage signInUnavailable(CouncilBrand council, Assets assets) {
        return create(503, Optional.of(council), assets, "Sign-in is not available at the moment",
                council.displayName() + "'s sign-in service cannot be reached. Try again in a few minutes. If you are "
                + "already signed in, you can carry on.", Optional.empty());
    }

    /** A sign-in that could not be completed, worded by its reason. */
    public static MessagePage signInRefused(SignInRefused.Reason reason, CouncilBrand council, Assets assets) {
        return switch (reason) {
            case NO_ROLE -> create(403, Optional.of(council), assets, "Your account cannot use Family Context",
                    "You signed in, but your account has no Family Context role at " + council.displayName()
                    + ". Ask your manager to request access.", Optional.empty());
            case PROVIDER_REFUSED -> create(403, Optional.of(council), assets, "You did not sign in",
                    "Sign-in was cancelled or refused. Start again to sign in.", Optional.empty());
            default -> create(400, Optional.of(council), assets, "Your sign-in did not complete",
                    "It may have taken too long, or been started in another browser window. Start again to sign in.",
                    Optional.empty());
        };
    }

    /** After signing out. */
    public static MessagePage signedOut(CouncilBrand council, Assets assets) {
        return create(200, Optional.of(council), assets, "You have signed out",
                "You have signed out of Family Context and of " + council.displayName() + "'s sign-in service on this "
                + "browser. Close the browser if it is shared.", Optional.empty());
    }

    private static MessagePage create(int status, Optional<CouncilBrand> council, Assets assets, String heading,
                                      String advice, Optional<String> reference) {
        String home = council.map(CouncilBrand::homeHref).orElse("/");
        return new MessagePage(new PageFrame(heading, SERVICE, home, council, assets), status, heading, advice, reference,
                new Link("Go to the start page", home));
    }
}

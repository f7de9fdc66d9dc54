package org.familycontext.presentation.web;

import java.util.regex.Pattern;
import org.familycontext.kernel.CouncilId;

/**
 * Where to go after signing in: only a plain path under the same council's pages, so a link can
 * never send a signed-in user to another site or another council.
 */
final class ReturnPath {

    private static final Pattern SAFE = Pattern.compile("/t/[a-z0-9-]+/[A-Za-z0-9/_.-]{0,200}");

    private ReturnPath() {
    }

    static String within(CouncilId council, String requested) {
        String home = "/t/" + council.value() + "/";
        if (requested == null || !SAFE.matcher(requested).matches() || !requested.startsWith(home)
                || requested.contains("//") || requested.contains("..")) {
            return home + "search";
        }
        return requested;
    }
}

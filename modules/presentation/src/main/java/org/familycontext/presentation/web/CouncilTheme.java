package org.familycontext.presentation.web;

import java.util.regex.Pattern;

/** The style sheet that puts a council's colour on the page header. */
final class CouncilTheme {

    private static final Pattern HEX_COLOUR = Pattern.compile("#[0-9a-fA-F]{6}");

    private CouncilTheme() {
    }

    /** The CSS for a colour already validated by tenant configuration; anything else is refused. */
    static String css(String colour) {
        if (!HEX_COLOUR.matcher(colour).matches()) {
            throw new IllegalArgumentException("not a #rrggbb colour");
        }
        return ".fc-header.govuk-header { background-color: " + colour + "; border-bottom-color: " + colour + "; }\n"
                + ".fc-header .govuk-header__container { border-bottom-color: #ffffff; }\n";
    }
}

package org.familycontext.presentation.pages;

/**
 * Where the shared style sheets are served from.
 *
 * @param govukFrontendCss GOV.UK Frontend's compiled style sheet
 * @param serviceCss       Family Context's own adjustments
 */
public record Assets(String govukFrontendCss, String serviceCss) {

    /** The assets for a given GOV.UK Frontend version (served from its web jar). */
    public static Assets forGovukFrontend(String version) {
        return new Assets("/webjars/govuk-frontend/" + version + "/dist/govuk/govuk-frontend.min.css",
                "/assets/family-context.css");
    }
}

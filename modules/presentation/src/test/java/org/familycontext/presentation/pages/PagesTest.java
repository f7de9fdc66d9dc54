package org.familycontext.presentation.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.familycontext.tenancy.Journey;
import org.familycontext.tenancy.RegionSettings;
import org.junit.jupiter.api.Test;

class PagesTest {

    private static final Pages PAGES = new Pages();
    private static final Assets ASSETS = Assets.forGovukFrontend("5.14.0");

    @Test
    void startPageShowsTheCouncilsJourneyAndDatasets() {
        String searchAny = PAGES.start(StartPage.of(Councils.council("stockport", "Stockport Council", Journey.SEARCH_ANY), ASSETS));
        String childFirst = PAGES.start(StartPage.of(Councils.council("leeds", "Leeds City Council", Journey.CHILD_FIRST), ASSETS));

        assertThat(searchAny).contains("Stockport Council").contains("find anyone by name")
                .contains("<li>Children's social care</li>").contains("<li>Police</li>")
                .contains("href=\"/t/stockport/search\"").contains("/t/stockport/branding/theme.css?v=v1")
                .contains("/webjars/govuk-frontend/5.14.0/dist/govuk/govuk-frontend.min.css");
        assertThat(childFirst).contains("find the child, then open the people linked to them")
                .doesNotContain("find anyone by name");
    }

    @Test
    void datasetsAreListedInTheSameOrderEveryTime() {
        String page = PAGES.start(StartPage.of(Councils.council("stockport", "Stockport Council", Journey.SEARCH_ANY), ASSETS));

        assertThat(page.indexOf("Children's social care")).isLessThan(page.indexOf("Police"));
    }

    @Test
    void everythingFromConfigurationIsEscaped() {
        String page = PAGES.start(StartPage.of(Councils.council("evil", "<script>alert('x')</script>", Journey.SEARCH_ANY), ASSETS));

        assertThat(page).doesNotContain("<script>").contains("&lt;script&gt;")
                .doesNotContain("Support <desk>").contains("Support &lt;desk&gt;");
    }

    @Test
    void theTitleNamesThePageTheCouncilAndTheService() {
        String start = PAGES.start(StartPage.of(Councils.council("leeds", "Leeds City Council", Journey.CHILD_FIRST), ASSETS));
        String missing = PAGES.message(MessagePage.of(404, Optional.of(CouncilBrand.of(
                Councils.council("leeds", "Leeds City Council", Journey.CHILD_FIRST))), ASSETS, Optional.empty()));

        assertThat(start).contains("<title>Leeds City Council – Family Context</title>");
        assertThat(missing).contains("<title>Page not found – Leeds City Council – Family Context</title>");
    }

    @Test
    void aServerErrorPageGivesAReferenceAndNothingElse() {
        String page = PAGES.message(MessagePage.of(500, Optional.empty(), ASSETS, Optional.of("ab12cd34")));

        assertThat(page).contains("Sorry, there is a problem with the service").contains("ab12cd34")
                .doesNotContainIgnoringCase("exception");
    }

    @Test
    void theRegionPageListsEveryCouncilInService() {
        String page = PAGES.region(RegionPage.of(new RegionSettings("Test region", Map.of()), List.of(
                Councils.council("leeds", "Leeds City Council", Journey.CHILD_FIRST),
                Councils.council("stockport", "Stockport Council", Journey.SEARCH_ANY)), ASSETS));

        assertThat(page).contains("Test region").contains("<a class=\"govuk-link\" href=\"/t/leeds/\">Leeds City Council</a>")
                .contains("href=\"/t/stockport/\"");
        assertThat(PAGES.region(RegionPage.of(new RegionSettings("Empty", Map.of()), List.of(), ASSETS)))
                .contains("No council is in service yet.");
    }
}

package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Each council's branded start page, the region's list, and proper error pages, from the real server. */
@ExtendWith(ArquillianExtension.class)
class CouncilPagesIT {

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @Test
    void eachCouncilHasItsOwnBrandedStartPage() {
        HttpResponse<String> stockport = WebClient.get("/t/stockport/");
        HttpResponse<String> leeds = WebClient.get("/t/leeds/");

        assertThat(stockport.statusCode()).isEqualTo(200);
        assertThat(stockport.body()).contains("Stockport Council").contains("/t/stockport/branding/logo")
                .contains("find anyone by name").doesNotContain("Leeds");
        assertThat(leeds.statusCode()).isEqualTo(200);
        assertThat(leeds.body()).contains("Leeds City Council").contains("/t/leeds/branding/theme.css")
                .contains("find the child, then open the people linked to them");
        assertThat(WebClient.get("/t/stockport/branding/theme.css").body()).contains("#005ea5");
        assertThat(WebClient.get("/t/leeds/branding/theme.css").body()).contains("#00703c");
    }

    @Test
    void startPageUsesGovukFrontendWithoutTheCrown() {
        String page = WebClient.get("/t/manchester/").body();

        assertThat(page).contains("govuk-frontend.min.css").contains("govuk-header").contains("govuk-button--start")
                .doesNotContain("govuk-header__logotype").doesNotContain("crown");
        String css = page.replaceAll("(?s).*href=\"(/webjars/[^\"]+)\".*", "$1");
        assertThat(WebClient.get(css).statusCode()).isEqualTo(200);
    }

    @Test
    void logoIsTheCouncilsFileWithValidators() throws Exception {
        byte[] onDisk = Files.readAllBytes(ItEnvironment.tenantConfig().resolve(Path.of("branding", "leeds.svg")));

        HttpResponse<byte[]> logo = WebClient.getBytes("/t/leeds/branding/logo");

        assertThat(logo.statusCode()).isEqualTo(200);
        assertThat(logo.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(logo.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("sandbox"));
        assertThat(logo.body()).isEqualTo(onDisk);
        String etag = logo.headers().firstValue("ETag").orElseThrow();
        assertThat(WebClient.getBytes("/t/leeds/branding/logo", "If-None-Match", etag).statusCode()).isEqualTo(304);
    }

    @Test
    void theRegionListsItsCouncilsAndTheRootLeadsThere() {
        HttpResponse<String> root = WebClient.get("/");
        assertThat(root.statusCode()).isEqualTo(302);
        assertThat(root.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/t/"));

        String region = WebClient.get("/t/").body();
        assertThat(region).contains("North West and Yorkshire region (demo)")
                .contains("href=\"/t/leeds/\"").contains("href=\"/t/manchester/\"").contains("href=\"/t/stockport/\"");
    }

    @ParameterizedTest
    @ValueSource(strings = {"/t/nowhere/", "/t/NOWHERE/", "/t/stockport/no-such-page", "/no-such-page",
        "/t/region/", "/webjars/none.css", "/t/stockport/branding/logo/extra"})
    void unknownPlacesGetTheServicesOwnNotFoundPage(String path) {
        HttpResponse<String> response = WebClient.get(path);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(response.body()).contains("<h1 class=\"govuk-heading-l\">Page not found</h1>");
        assertNoInternals(response.body());
    }

    @Test
    void aNotFoundPageUnderAKnownCouncilWearsItsBranding() {
        assertThat(WebClient.get("/t/leeds/no-such-page").body()).contains("/t/leeds/branding/theme.css");
        assertThat(WebClient.get("/t/nowhere/").body()).doesNotContain("branding/theme.css");
    }

    @Test
    void otherMethodsAreRefusedPolitely() {
        HttpResponse<String> post = WebClient.send(HttpRequest.newBuilder(WebClient.uri("/t/stockport/"))
                .POST(HttpRequest.BodyPublishers.ofString("x")));

        assertThat(post.statusCode()).isEqualTo(405);
        assertNoInternals(post.body());
    }

    @Test
    void everyResponseCarriesSecurityHeadersAndPagesAreNotCached() {
        HttpResponse<String> page = WebClient.get("/t/stockport/");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(csp ->
                assertThat(csp).contains("default-src 'self'").contains("frame-ancestors 'none'").doesNotContain("unsafe-inline"));
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-store");
        assertThat(page.headers().firstValue("Server")).isEmpty();
        assertThat(WebClient.get("/nowhere").headers().firstValue("Content-Security-Policy")).isPresent();
    }

    private static void assertNoInternals(String body) {
        assertThat(body).doesNotContainIgnoringCase("exception").doesNotContain("at org.").doesNotContain("at java.")
                .doesNotContain("SRVE").doesNotContain("RESTEASY").doesNotContain("Liberty");
    }
}

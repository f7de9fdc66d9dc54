package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;

/** The pages as a browser renders them: branding applied, styles and logo loaded, nothing blocked by the policy. */
@ExtendWith(ArquillianExtension.class)
class StartPageBrowserIT {

    private static ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @BeforeAll
    static void openBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void stockportAndLeedsLookLikeThemselves() {
        open("/t/stockport/");
        assertThat(rgb(headerColour())).isEqualTo("0, 94, 165");
        assertThat(browser.getTitle()).isEqualTo("Stockport Council – Family Context");
        assertLogoShown("Stockport Council");

        open("/t/leeds/");
        assertThat(rgb(headerColour())).isEqualTo("0, 112, 60");
        assertThat(browser.findElement(By.cssSelector(".fc-council-name")).getText()).isEqualTo("Leeds City Council");
        assertLogoShown("Leeds City Council");
    }

    @Test
    void govukStylesApplyInArial() {
        open("/t/manchester/");

        WebElement start = browser.findElement(By.cssSelector(".govuk-button--start"));
        assertThat(rgb(start.getCssValue("background-color"))).isEqualTo("0, 112, 60");
        assertThat(browser.findElement(By.tagName("h1")).getCssValue("font-family")).startsWith("arial");
        assertThat(start.getAttribute("href")).endsWith("/t/manchester/search");
    }

    @Test
    void theNotFoundPageRendersInTheSameStyle() {
        open("/t/nowhere/");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Page not found");
        assertThat(rgb(headerColour())).isEqualTo("11, 12, 12");
    }

    @Test
    void theRegionPageLeadsToACouncil() {
        open("/");
        browser.findElement(By.linkText("Leeds City Council")).click();

        assertThat(browser.getCurrentUrl()).endsWith("/t/leeds/");
    }

    /** Opens a page and checks the console: nothing failed to load, nothing was blocked (but the page's own 404). */
    private static void open(String path) {
        String url = WebClient.uri(path).toString();
        browser.get(url);
        List<LogEntry> problems = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> !(e.getMessage().startsWith(url + " ") && e.getMessage().contains("404")))
                .toList();
        assertThat(problems).as("browser console on " + path).isEmpty();
    }

    /** "rgb(1, 2, 3)" and "rgba(1, 2, 3, 1)" alike give "1, 2, 3". */
    private static String rgb(String cssColour) {
        return cssColour.replaceAll("rgba?\\((\\d+, \\d+, \\d+).*", "$1");
    }

    private static String headerColour() {
        return browser.findElement(By.cssSelector(".govuk-header")).getCssValue("background-color");
    }

    private static void assertLogoShown(String alt) {
        WebElement logo = browser.findElement(By.cssSelector("img.fc-header__logo"));
        assertThat(logo.getAttribute("alt")).isEqualTo(alt);
        Object width = browser.executeScript("return arguments[0].naturalWidth", logo);
        assertThat(((Number) width).intValue()).isPositive();
    }
}

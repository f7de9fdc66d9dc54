package org.familycontext.app.it;

import static org.assertj.core.api.Assertions.assertThat;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.logging.LogType;

/** A social worker signs in and out in a real browser, through the council's real Keycloak. */
@ExtendWith(ArquillianExtension.class)
class SignInBrowserIT {

    private ChromeDriver browser;

    @Deployment(testable = false)
    static WebArchive application() {
        return Deployments.familyContext();
    }

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void signInFromTheStartPageAndSignOut() {
        browser.get(WebClient.uri("/t/leeds/").toString());
        browser.findElement(By.cssSelector(".govuk-button--start")).click();

        assertThat(browser.getCurrentUrl()).startsWith(ItEnvironment.keycloak() + "/realms/leeds/");
        browser.findElement(By.id("username")).sendKeys("sw.leeds");
        browser.findElement(By.id("password")).sendKeys("demo");
        browser.findElement(By.id("kc-login")).click();

        assertThat(browser.getCurrentUrl()).isEqualTo(WebClient.uri("/t/leeds/search").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Find a child");
        assertThat(browser.findElement(By.cssSelector(".fc-header__user")).getText()).isEqualTo("Sam Worker");

        browser.findElement(By.cssSelector(".fc-header__sign-out")).click();

        assertThat(browser.getCurrentUrl()).as(() -> "console: " + browser.manage().logs().get(LogType.BROWSER).getAll()
                + "\npage: " + browser.getPageSource()).isEqualTo(WebClient.uri("/t/leeds/signed-out").toString());
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("You have signed out");
        browser.get(WebClient.uri("/t/leeds/search").toString());
        assertThat(browser.getCurrentUrl()).as("signed out of Keycloak too").startsWith(ItEnvironment.keycloak());
    }
}

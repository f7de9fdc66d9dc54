package org.familycontext.app.it;

import java.io.File;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Headless Chromium with its driver, both from the system (./fc test installs Debian's chromium and
 * chromium-driver when missing; FC_CHROMIUM and FC_CHROMEDRIVER point elsewhere). Nothing is
 * downloaded at test time.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        String chromium = System.getenv().getOrDefault("FC_CHROMIUM", "/usr/bin/chromium");
        String driver = System.getenv().getOrDefault("FC_CHROMEDRIVER", "/usr/bin/chromedriver");
        if (!new File(chromium).canExecute() || !new File(driver).canExecute()) {
            throw new IllegalStateException("Chromium (" + chromium + ") and its driver (" + driver + ") are needed for the "
                    + "browser tests: ./fc test installs them, or set FC_CHROMIUM and FC_CHROMEDRIVER");
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1000");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of("credentials_enable_service", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(driver)).build();
        return new ChromeDriver(service, options);
    }
}

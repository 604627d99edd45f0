package org.leagueplan.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Headless Chromium for the browser tests: Debian's chromium and chromedriver (paths
 * overridable with {@code CHROME_BIN} / {@code CHROMEDRIVER}). On CI the browser must be
 * there (.ci/run installs it); elsewhere a machine without it skips the browser tests and
 * says why.
 */
final class Chromium {

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	private Chromium() {
	}

	static WebElement waitFor(WebDriver browser, By locator) {
		return new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(ExpectedConditions.presenceOfElementLocated(locator));
	}

	/**
	 * Clicks an element wherever it is on a long page (as a person scrolls there first):
	 * the click runs in the page, with the same events and form submission as a mouse
	 * click.
	 */
	static void click(WebDriver browser, WebElement element) {
		((JavascriptExecutor) browser)
			.executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].click();", element);
	}

	/** Saves what the browser shows as {@code target/screenshots/<name>.png}. */
	static void screenshot(WebDriver browser, String name) throws IOException {
		Files.createDirectories(SCREENSHOTS);
		Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

	static WebDriver start() {
		String driver = System.getenv().getOrDefault("CHROMEDRIVER", "/usr/bin/chromedriver");
		String binary = System.getenv().getOrDefault("CHROME_BIN", "/usr/bin/chromium");
		boolean installed = Files.isExecutable(Path.of(driver)) && Files.isExecutable(Path.of(binary));
		assumeTrue(installed || "true".equals(System.getenv("CI")),
				"Chromium and chromedriver are not installed: apt-get install -y chromium chromium-driver");
		System.setProperty("webdriver.chrome.driver", driver);
		ChromeOptions options = new ChromeOptions();
		options.setBinary(binary);
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
				"--window-size=1280,1600", "--lang=zh-CN");
		WebDriver browser = new ChromeDriver(options);
		browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
		return browser;
	}

}

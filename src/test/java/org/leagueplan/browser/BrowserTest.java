package org.leagueplan.browser;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What every real-browser test shares: one headless Chromium for the class, the app on a
 * random port, opening pages and logging in through the login form.
 */
abstract class BrowserTest {

	protected static WebDriver browser;

	@LocalServerPort
	private int port;

	@BeforeAll
	static void startBrowser() {
		browser = Chromium.start();
	}

	@AfterAll
	static void stopBrowser() {
		if (browser != null) {
			browser.quit();
		}
	}

	protected void open(String path) {
		browser.get("http://localhost:" + this.port + path);
	}

	/**
	 * Fills in and sends the login form (the page it lands on is the caller's to check).
	 */
	protected void logIn(String username, String password) {
		open("/login");
		Chromium.waitFor(browser, By.id("username")).sendKeys(username);
		browser.findElement(By.id("password")).sendKeys(password);
		Chromium.click(browser, browser.findElement(By.cssSelector("#login-form button[type=submit]")));
	}

}

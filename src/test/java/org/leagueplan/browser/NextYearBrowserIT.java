package org.leagueplan.browser;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The office in a real browser (headless Chromium) copies the demo plan into the next
 * year with its targets raised by 10 %, lands on the new draft with the raised targets,
 * and opens the year-over-year view, on a desktop and at 390 px. Screenshots go to
 * {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class NextYearBrowserIT extends BrowserTest {

	@Test
	void adminCopiesThePlanIntoTheNextYearAndComparesTheYears() throws IOException {
		logIn("admin", TestDatabaseConfiguration.ADMIN_PASSWORD);
		Chromium.waitFor(browser, By.id("plan-title"));
		assertThat(browser.findElement(By.id("plan-title")).getText()).isEqualTo("2023年区团委工作计划");

		Chromium.click(browser, browser.findElement(By.id("plan-next-year")));
		Chromium.waitFor(browser, By.id("clone-form"));
		assertThat(browser.findElement(By.id("year")).getAttribute("value")).isEqualTo("2024");
		assertThat(browser.findElement(By.id("title")).getAttribute("value")).isEqualTo("2024年区团委工作计划");
		WebElement raise = browser.findElement(By.id("raisePercent"));
		raise.clear();
		raise.sendKeys("10");
		Chromium.screenshot(browser, "next-year-1-form");
		Chromium.click(browser, browser.findElement(By.id("clone-submit")));

		Chromium.waitFor(browser, By.cssSelector(".alert-success"));
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText())
			.isEqualTo("已复制为下一年度计划（草稿），请核对后再启用。");
		assertThat(browser.findElement(By.id("plan-title")).getText()).isEqualTo("2024年区团委工作计划");
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("草稿");
		// 社区综合团委示范点: at least 30 last year, 33 now
		assertThat(browser.findElement(By.tagName("main")).getText()).contains("≥33家").doesNotContain("≥30家");
		Chromium.screenshot(browser, "next-year-2-draft");

		Chromium.click(browser, browser.findElement(By.id("plan-year-over-year")));
		Chromium.waitFor(browser, By.id("yoy-against"));
		assertThat(browser.findElement(By.id("yoy-against")).getText()).contains("2023年区团委工作计划");
		String view = browser.findElement(By.tagName("main")).getText();
		assertThat(view).contains("≥33家").contains("≥30家").contains("上年同期");
		Chromium.screenshot(browser, "next-year-3-year-over-year");

		browser.manage().window().setSize(new Dimension(390, 844));
		browser.navigate().refresh();
		Chromium.waitFor(browser, By.id("yoy-against"));
		long width = ((Number) ((JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth;")).longValue();
		assertThat(width).as("the page fits a phone's width").isLessThanOrEqualTo(390);
		Chromium.screenshot(browser, "next-year-4-year-over-year-phone");
		browser.manage().window().setSize(new Dimension(1280, 1600));
	}

}

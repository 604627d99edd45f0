package org.leagueplan.browser;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A person in a real browser (headless Chromium): logs in, opens the plan, edits an
 * item's heading, adds a target, and sees both on the plan page. Screenshots of each step
 * go to {@code target/screenshots}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(TestDatabaseConfiguration.class)
class PlanEditingBrowserIT extends BrowserTest {

	@Test
	void staffEditsAnItemAndAddsATargetThenSeesBothOnThePlan() throws IOException {
		open("/");
		assertThat(browser.getCurrentUrl()).endsWith("/login");
		Chromium.screenshot(browser, "1-login");
		logIn("admin", TestDatabaseConfiguration.ADMIN_PASSWORD);

		Chromium.waitFor(browser, By.id("plan-title"));
		assertThat(browser.findElement(By.id("plan-title")).getText()).isEqualTo("2023年区团委工作计划");
		assertThat(browser.findElements(By.cssSelector("li.plan-item"))).hasSize(15);
		Chromium.screenshot(browser, "2-plan");

		browser.findElement(By.linkText("强化基层组织建设")).click();
		Chromium.waitFor(browser, By.id("item-heading"));
		browser.findElement(By.linkText("编辑事项")).click();
		WebElement heading = browser.findElement(By.id("heading"));
		heading.clear();
		heading.sendKeys("强化基层组织建设（示范点提质）");
		Chromium.screenshot(browser, "3-edit-item");
		browser.findElement(By.cssSelector("form.app-form button[type=submit]")).click();
		Chromium.waitFor(browser, By.cssSelector(".alert-success"));
		assertThat(browser.findElement(By.id("item-heading")).getText()).isEqualTo("强化基层组织建设（示范点提质）");
		assertThat(browser.findElement(By.cssSelector(".alert-success")).getText()).isEqualTo("工作事项已保存。");

		browser.findElement(By.linkText("新增指标")).click();
		browser.findElement(By.id("name")).sendKeys("青春家园");
		new Select(browser.findElement(By.id("kind"))).selectByVisibleText("数量");
		new Select(browser.findElement(By.id("comparator"))).selectByVisibleText("不少于（以上）");
		browser.findElement(By.id("targetValue")).sendKeys("12");
		browser.findElement(By.id("unitLabel")).sendKeys("个");
		Chromium.screenshot(browser, "4-add-target");
		browser.findElement(By.cssSelector("form.app-form button[type=submit]")).click();
		Chromium.waitFor(browser, By.id("target-table"));
		assertThat(browser.findElement(By.id("target-table")).getText()).contains("青春家园").contains("≥12个");

		browser.findElement(By.cssSelector("nav a")).click();
		Chromium.waitFor(browser, By.id("plan-title"));
		WebElement item = browser
			.findElement(By.xpath("//li[contains(@class,'plan-item')][.//a[text()='强化基层组织建设（示范点提质）']]"));
		assertThat(item.getText()).contains("社区综合团委示范点").contains("≥30家").contains("青春家园").contains("≥12个");
		Chromium.screenshot(browser, "5-plan-after");
	}

}

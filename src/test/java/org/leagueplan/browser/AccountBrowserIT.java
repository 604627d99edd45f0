package org.leagueplan.browser;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.plan.TestPlans;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the admin creates a STAFF user of 学校少年部, who logs in with the
 * one-time password, must set a new one, edits an item of their unit, and is refused on
 * another unit's item.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestPlans.class })
class AccountBrowserIT extends BrowserTest {

	@Autowired
	private TestPlans plans;

	@Test
	void adminCreatesStaffWhoEditsOnlyTheirUnitsItems() throws IOException {
		logIn("admin", TestDatabaseConfiguration.ADMIN_PASSWORD);
		open("/admin/users/new");
		browser.findElement(By.id("username")).sendKeys("liu.yang");
		browser.findElement(By.id("displayName")).sendKeys("刘洋");
		browser.findElement(By.cssSelector("input[name=roles][value=STAFF]")).click();
		browser.findElement(By.xpath("//label[text()='学校少年部']/preceding-sibling::input")).click();
		Chromium.screenshot(browser, "account-1-new-user");
		browser.findElement(By.cssSelector("form.app-form button[type=submit]")).click();
		String oneTimePassword = Chromium.waitFor(browser, By.cssSelector("#one-time-password code")).getText();
		assertThat(oneTimePassword).hasSize(20);
		Chromium.screenshot(browser, "account-2-one-time-password");
		logOut();

		logIn("liu.yang", oneTimePassword);
		Chromium.waitFor(browser, By.id("currentPassword"));
		assertThat(browser.getCurrentUrl()).endsWith("/account/password");
		browser.findElement(By.id("currentPassword")).sendKeys(oneTimePassword);
		browser.findElement(By.id("newPassword")).sendKeys("刘洋自己选的新密码足够长了");
		browser.findElement(By.id("confirmPassword")).sendKeys("刘洋自己选的新密码足够长了");
		Chromium.screenshot(browser, "account-3-change-password");
		browser.findElement(By.cssSelector("main form button[type=submit]")).click();
		assertThat(Chromium.waitFor(browser, By.cssSelector(".alert-success")).getText()).contains("密码已修改");

		logIn("liu.yang", "刘洋自己选的新密码足够长了");
		// staff start on 我的待办, then go to the plan
		Chromium.waitFor(browser, By.id("to-sign"));
		open("/plans/" + this.plans.demoPlan().id());
		Chromium.waitFor(browser, By.id("plan-title"));
		String otherUnitsItem = browser.findElement(By.linkText("开展党的群众路线教育实践活动")).getAttribute("href");
		browser.findElement(By.linkText("强化青少年德育工作")).click();
		browser.findElement(By.linkText("编辑事项")).click();
		WebElement heading = Chromium.waitFor(browser, By.id("heading"));
		heading.clear();
		heading.sendKeys("强化青少年德育工作（学校少年部）");
		browser.findElement(By.cssSelector("form.app-form button[type=submit]")).click();
		assertThat(Chromium.waitFor(browser, By.cssSelector(".alert-success")).getText()).isEqualTo("工作事项已保存。");
		assertThat(browser.findElement(By.id("item-heading")).getText()).isEqualTo("强化青少年德育工作（学校少年部）");
		Chromium.screenshot(browser, "account-4-own-item-saved");

		browser.get(otherUnitsItem);
		assertThat(browser.findElements(By.linkText("编辑事项"))).isEmpty();
		browser.get(otherUnitsItem + "/edit");
		assertThat(Chromium.waitFor(browser, By.id("error-title")).getText()).isEqualTo("无权访问");
		Chromium.screenshot(browser, "account-5-other-unit-refused");
	}

	private void logOut() {
		browser.findElement(By.cssSelector("form[action$='/logout'] button")).click();
		Chromium.waitFor(browser, By.id("login-form"));
	}

}

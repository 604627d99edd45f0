package org.leagueplan.browser;

import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanData.UnitRef;
import org.leagueplan.plan.TargetComparator;
import org.leagueplan.plan.TargetKind;
import org.leagueplan.plan.TestPlans;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the office splits 示范点 (target 30) between two sub-districts (10 and
 * 20), the page flags that the split does not add up; each unit's staff reports on its
 * quota; a leader sees on the dashboard the target move to 3 of 30 and the two units'
 * bars. (Sites registered in a register against the same quotas:
 * {@link RegisterBrowserIT}.)
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestUsers.class, TestPlans.class })
class QuotaBrowserIT extends BrowserTest {

	@Autowired
	private TestUsers users;

	@Autowired
	private TestPlans plans;

	private PlanRef active;

	/** The other browser tests start from the demo plan as the current plan. */
	@org.junit.jupiter.api.AfterEach
	void archiveThePlan() {
		if (this.active != null) {
			this.plans.status(this.active, org.leagueplan.plan.PlanStatus.ARCHIVED);
		}
	}

	@Test
	void officeSplitsUnitsReportAndTheDashboardShowsTheirBars() throws IOException {
		int year = LocalDate.now(org.leagueplan.TestClock.COMMITTEE).getYear();
		PlanRef plan = this.plans.create(1, 1, 0);
		ItemRef item = this.plans.firstItem(plan);
		TargetRef sites = this.plans.target(item, 1, "社区综合团委示范点", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("30"), "家", null, LocalDate.of(year, 12, 31), null);
		UnitRef east = this.plans.unit("东街道团工委");
		UnitRef west = this.plans.unit("西街道团工委");
		this.plans.activate(plan);
		this.active = plan;
		String office = this.users.create(Role.STAFF, Set.of(), true).username();
		String eastStaff = this.users.create(Role.STAFF, Set.of(east.id()), false).username();
		String westStaff = this.users.create(Role.STAFF, Set.of(west.id()), false).username();
		String leader = this.users.create(Role.LEADER, Set.of(), false).username();

		logIn(office);
		open("/targets/" + sites.id() + "/quotas/edit");
		new Select(Chromium.waitFor(browser, By.id("rows0.unitId"))).selectByValue(Long.toString(east.id()));
		browser.findElement(By.id("rows0.amount")).sendKeys("10");
		new Select(browser.findElement(By.id("rows1.unitId"))).selectByValue(Long.toString(west.id()));
		browser.findElement(By.id("rows1.amount")).sendKeys("10");
		Chromium.click(browser, browser.findElement(By.cssSelector("#split-form button[type=submit]")));
		assertThat(Chromium.waitFor(browser, By.cssSelector(".alert-success")).getText()).isEqualTo("任务分解已保存。");
		assertThat(browser.findElement(By.cssSelector("#quota-target-" + sites.id() + " .quota-flag")).getText())
			.isEqualTo("分解合计 20 ≠ 目标 30");
		// the west gets 20: now they add up
		open("/targets/" + sites.id() + "/quotas/edit");
		Chromium.waitFor(browser, By.id("rows1.amount")).clear();
		browser.findElement(By.id("rows1.amount")).sendKeys("20");
		Chromium.click(browser, browser.findElement(By.cssSelector("#split-form button[type=submit]")));
		Chromium.waitFor(browser, By.cssSelector(".alert-success"));
		assertThat(browser.findElements(By.cssSelector(".quota-flag"))).isEmpty();
		Chromium.screenshot(browser, "quota-1-split");
		logOut();

		report(eastStaff, sites, east, "2");
		report(westStaff, sites, west, "1");

		logIn(leader);
		open("/dashboard?plan=" + plan.id());
		String board = Chromium.waitFor(browser, By.id("dashboard-quota-" + sites.id())).getText();
		assertThat(board).contains("3 / 30家");
		assertThat(browser.findElement(By.id("dashboard-quota-" + sites.id() + "-" + east.id())).getText())
			.contains("2 / 10");
		assertThat(browser.findElement(By.id("dashboard-quota-" + sites.id() + "-" + west.id())).getText())
			.contains("1 / 20");
		Chromium.screenshot(browser, "quota-2-dashboard");
		browser.manage().window().setSize(new org.openqa.selenium.Dimension(390, 844));
		open("/items/" + item.id() + "/quotas");
		Chromium.waitFor(browser, By.id("quota-" + sites.id() + "-" + east.id()));
		Object overflow = ((org.openqa.selenium.JavascriptExecutor) browser)
			.executeScript("return document.documentElement.scrollWidth > window.innerWidth;");
		assertThat(overflow).isEqualTo(false);
		Chromium.screenshot(browser, "quota-3-item-phone");
	}

	private void report(String username, TargetRef target, UnitRef unit, String value) {
		logIn(username);
		open("/targets/" + target.id() + "/quotas/" + unit.id() + "/report");
		Chromium.waitFor(browser, By.id("value")).sendKeys(value);
		Chromium.click(browser, browser.findElement(By.cssSelector("#quota-report-form button[type=submit]")));
		assertThat(Chromium.waitFor(browser, By.cssSelector(".alert-success")).getText()).isEqualTo("分解任务完成情况已填报。");
		logOut();
	}

	private void logIn(String username) {
		logIn(username, TestUsers.PASSWORD);
		Chromium.waitFor(browser, By.id("current-user"));
	}

	private void logOut() {
		Chromium.click(browser, browser.findElement(By.cssSelector("form[action$='/logout'] button")));
	}

}

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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser, issue 11's journey: the office backs 社区综合团委示范点 (at least 30) with a
 * register and splits it between two sub-districts (10 and 20); the east registers two
 * sites and the west one; a leader sees the target at 3 of 30 on the dashboard and the
 * units' quota bars at 2 of 10 and 1 of 20; the office copies the plan into the next year
 * and sees the new year's draft with the target raised and an empty register.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestUsers.class, TestPlans.class })
class RegisterBrowserIT extends BrowserTest {

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

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void unitsRegisterSitesTheDashboardCountsThemAndTheNextYearStartsEmpty() throws IOException {
		int year = LocalDate.now(org.leagueplan.TestClock.COMMITTEE).getYear();
		PlanRef plan = this.plans.create(1, 1, 0);
		ItemRef item = this.plans.firstItem(plan);
		TargetRef sites = this.plans.target(item, 1, "社区综合团委示范点", TargetKind.COUNT, TargetComparator.AT_LEAST,
				new BigDecimal("30"), "家", null, LocalDate.of(year, 12, 31), null);
		UnitRef east = this.plans.unit("东街道团工委");
		UnitRef west = this.plans.unit("西街道团工委");
		this.plans.changeUnits(item, east, Set.of(west));
		this.plans.activate(plan);
		this.active = plan;
		String office = this.users.create(Role.STAFF, Set.of(), true).username();
		String eastStaff = this.users.create(Role.STAFF, Set.of(east.id()), false).username();
		String westStaff = this.users.create(Role.STAFF, Set.of(west.id()), false).username();
		String leader = this.users.create(Role.LEADER, Set.of(), false).username();

		logIn(office);
		open("/targets/" + sites.id() + "/register");
		Chromium.click(browser, Chromium.waitFor(browser, By.cssSelector("form.app-form button[type=submit]")));
		assertThat(Chromium.waitFor(browser, By.cssSelector(".alert-success")).getText()).isEqualTo("台账已建立，可以添加自定义字段。");
		long registerId = this.jdbc.queryForObject("select id from register where target_id = ?", Long.class,
				sites.id());
		open("/targets/" + sites.id() + "/quotas/edit");
		new Select(Chromium.waitFor(browser, By.id("rows0.unitId"))).selectByValue(Long.toString(east.id()));
		browser.findElement(By.id("rows0.amount")).sendKeys("10");
		new Select(browser.findElement(By.id("rows1.unitId"))).selectByValue(Long.toString(west.id()));
		browser.findElement(By.id("rows1.amount")).sendKeys("20");
		Chromium.click(browser, browser.findElement(By.cssSelector("#split-form button[type=submit]")));
		assertThat(Chromium.waitFor(browser, By.cssSelector(".alert-success")).getText()).isEqualTo("任务分解已保存。");
		logOut();

		LocalDate day = LocalDate.now(org.leagueplan.TestClock.COMMITTEE);
		logIn(eastStaff);
		register(registerId, "东街道幸福社区团委", east, day);
		register(registerId, "东街道和平社区团委", east, day);
		logOut();
		logIn(westStaff);
		register(registerId, "西街道阳光社区团委", west, day);
		Chromium.screenshot(browser, "register-1-entry");
		logOut();

		logIn(leader);
		open("/dashboard?plan=" + plan.id());
		assertThat(Chromium.waitFor(browser, By.id("dashboard-quota-" + sites.id())).getText()).contains("3 / 30家");
		assertThat(browser.findElement(By.id("dashboard-quota-" + sites.id() + "-" + east.id())).getText())
			.contains("2 / 10");
		assertThat(browser.findElement(By.id("dashboard-quota-" + sites.id() + "-" + west.id())).getText())
			.contains("1 / 20");
		Chromium.screenshot(browser, "register-2-dashboard");
		open("/registers/" + registerId);
		String list = Chromium.waitFor(browser, By.tagName("main")).getText();
		assertThat(list).contains("东街道幸福社区团委", "东街道和平社区团委", "西街道阳光社区团委");
		logOut();

		logIn(office);
		open("/plans/" + plan.id() + "/next-year");
		WebElement raise = Chromium.waitFor(browser, By.id("raisePercent"));
		raise.clear();
		raise.sendKeys("10");
		Chromium.click(browser, browser.findElement(By.id("clone-submit")));
		assertThat(Chromium.waitFor(browser, By.cssSelector(".alert-success")).getText())
			.isEqualTo("已复制为下一年度计划（草稿），请核对后再启用。");
		String draft = browser.findElement(By.tagName("main")).getText();
		assertThat(draft).contains("草稿").contains("≥33家");
		Chromium.screenshot(browser, "register-3-next-year");
		Long copiedRegisters = this.jdbc.queryForObject(
				"select count(*) from register r join plan_target t on t.id = r.target_id where t.source_target_id = ?",
				Long.class, sites.id());
		Long copiedEntries = this.jdbc.queryForObject(
				"select count(*) from register_entry e join register r on r.id = e.register_id"
						+ " join plan_target t on t.id = r.target_id where t.source_target_id = ?",
				Long.class, sites.id());
		assertThat(copiedRegisters).isEqualTo(1);
		assertThat(copiedEntries).isZero();
	}

	private void register(long registerId, String name, UnitRef unit, LocalDate day) {
		open("/registers/" + registerId + "/entries/new");
		Chromium.waitFor(browser, By.id("name")).sendKeys(name);
		new Select(browser.findElement(By.id("unitId"))).selectByValue(Long.toString(unit.id()));
		WebElement date = browser.findElement(By.id("entryDate"));
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", date,
				day.toString());
		browser.findElement(By.id("place")).sendKeys(name.substring(0, 3));
		Chromium.click(browser, browser.findElement(By.cssSelector("form.app-form button[type=submit]")));
		assertThat(Chromium.waitFor(browser, By.cssSelector(".alert-success")).getText()).isEqualTo("登记已保存。");
	}

	private void logIn(String username) {
		logIn(username, TestUsers.PASSWORD);
		Chromium.waitFor(browser, By.id("current-user"));
	}

	private void logOut() {
		Chromium.click(browser, browser.findElement(By.cssSelector("form[action$='/logout'] button")));
	}

}

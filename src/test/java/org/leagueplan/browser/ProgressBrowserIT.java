package org.leagueplan.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanData.TargetRef;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: a STAFF user of 组织部 reports progress with a photo on 社区综合团委示范点 of
 * the 2023 plan; the target shows the new value and light, the dashboard lists the item
 * as far behind with today's report; a leader clicks the red count and lands on the
 * matching list.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestUsers.class })
class ProgressBrowserIT extends BrowserTest {

	@Autowired
	private TestUsers users;

	@Autowired
	private PlanQueries plans;

	@Test
	void staffReportsWithAPhotoAndTheLeaderFollowsTheRedCount() throws IOException {
		PlanData demo = this.plans.planData(this.plans.plans()
			.stream()
			.filter(candidate -> candidate.title().equals("2023年区团委工作计划"))
			.findFirst()
			.orElseThrow()
			.id());
		long organisation = demo.units()
			.stream()
			.filter(unit -> unit.name().equals("组织部"))
			.findFirst()
			.orElseThrow()
			.id();
		String staff = this.users.create(Role.STAFF, Set.of(organisation), false).username();
		String leader = this.users.create(Role.LEADER, Set.of(), false).username();
		TargetRef sites = demo.targets()
			.stream()
			.filter(target -> target.name().equals("社区综合团委示范点"))
			.findFirst()
			.orElseThrow();
		Path photo = Files.createTempFile("activity-photo", ".png");
		Files.write(photo, new byte[] { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13 });

		logIn(staff);
		open("/targets/" + sites.id() + "/progress");
		Chromium.waitFor(browser, By.id("value")).sendKeys("12");
		browser.findElement(By.id("asOf")).clear();
		browser.findElement(By.id("asOf")).sendKeys("12312023");
		browser.findElement(By.id("narrative")).sendKeys("新建示范点12家");
		browser.findElement(By.id("reason")).sendKeys("部分社区场地未落实");
		browser.findElement(By.id("correctiveAction")).sendKeys("协调街道提供场地");
		// the plan's year is over: its last day is the earliest deadline of the action
		browser.findElement(By.id("actionDeadline")).sendKeys("12312023");
		browser.findElement(By.id("files")).sendKeys(photo.toAbsolutePath().toString());
		Chromium.screenshot(browser, "progress-1-report");
		Chromium.click(browser, browser.findElement(By.cssSelector("form.app-form button[type=submit]")));
		assertThat(Chromium.waitFor(browser, By.cssSelector(".alert-success")).getText()).isEqualTo("进度已报送。");
		assertThat(browser.findElement(By.id("target-actual")).getText()).isEqualTo("12家");
		assertThat(browser.findElement(By.id("target-light")).getText()).isEqualTo("严重滞后");
		assertThat(browser.findElement(By.id("report-history")).getText()).contains("新建示范点12家")
			.contains(photo.getFileName().toString());
		Chromium.waitFor(browser, By.cssSelector("#progress-chart[data-chart-ready='true']"));
		Chromium.screenshot(browser, "progress-2-reported");
		// the far-behind report opened the target's rectification, overdue at once
		Chromium.click(browser, browser.findElement(By.cssSelector("#target-rectification a")));
		assertThat(Chromium.waitFor(browser, By.id("rectification-state")).getText()).isEqualTo("整改中");
		assertThat(browser.findElement(By.id("rectification-action")).getText()).isEqualTo("协调街道提供场地");
		assertThat(browser.findElement(By.id("rectification-overdue")).getText()).isEqualTo("已逾期");
		assertThat(browser.findElement(By.id("rectification-done")).isDisplayed()).isTrue();
		Chromium.screenshot(browser, "progress-2-rectification");

		open("/dashboard");
		Chromium.waitFor(browser, By.id("red-items"));
		String today = java.time.LocalDate.now(org.leagueplan.TestClock.COMMITTEE).toString();
		String row = browser.findElement(By.xpath("//table[@id='red-items']//tr[contains(., '强化基层组织建设')]")).getText();
		assertThat(row).contains("严重滞后").contains(today);
		Chromium.screenshot(browser, "progress-3-dashboard");
		Chromium.click(browser, browser.findElement(By.cssSelector("form[action$='/logout'] button")));

		logIn(leader);
		open("/dashboard");
		String redCount = Chromium.waitFor(browser, By.cssSelector("#count-RED .fs-3")).getText();
		Chromium.click(browser, browser.findElement(By.id("count-RED")));
		Chromium.waitFor(browser, By.id("dashboard-items"));
		assertThat(browser.getCurrentUrl()).contains("/dashboard/items").contains("light=RED");
		assertThat(browser.findElement(By.id("item-count")).getText()).isEqualTo("共" + redCount + "项");
		assertThat(browser.findElement(By.id("dashboard-items")).getText()).contains("强化基层组织建设").contains(today);
		Chromium.screenshot(browser, "progress-4-red-list");
	}

	private void logIn(String username) {
		logIn(username, TestUsers.PASSWORD);
		Chromium.waitFor(browser, By.id("current-user"));
	}

}

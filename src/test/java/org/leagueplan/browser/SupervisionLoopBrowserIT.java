package org.leagueplan.browser;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Set;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.PlanStatus;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.supervision.TestReminders;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * In a real browser, the supervision loop on a plan whose reports need review: staff
 * report; the reviewer, told in their inbox, returns the report with a reason; the staff
 * member, told in theirs, revises it; the reviewer approves; only then does the target
 * count the value. The office presses the item; its unit's staff member finds the press
 * in the inbox and receives it by e-mail (a real SMTP server, GreenMail). A report due in
 * a few days (the reporting calendar, the reminder job run on a fixed day) reaches the
 * unit's staff member in the inbox, in 我的待办 and by e-mail.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class, TestReminders.class })
class SupervisionLoopBrowserIT extends BrowserTest {

	@RegisterExtension
	static final GreenMailExtension smtp = new GreenMailExtension(
			new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
		.withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication())
		.withPerMethodLifecycle(false);

	@DynamicPropertySource
	static void mail(DynamicPropertyRegistry registry) {
		registry.add("spring.mail.host", () -> "127.0.0.1");
		registry.add("spring.mail.port", () -> smtp.getSmtp().getPort());
	}

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private TestReminders reminders;

	@Autowired
	private TestClock clock;

	@Test
	void reportReturnReviseApproveAndPress() throws IOException {
		PlanRef plan = this.plans.create(1, 1, 1);
		this.plans.status(plan, PlanStatus.ACTIVE);
		try {
			runTheLoop(plan);
		}
		finally {
			// the other browser tests start from the demo plan as the current plan
			this.plans.status(plan, PlanStatus.ARCHIVED);
		}
	}

	private void runTheLoop(PlanRef plan) throws IOException {
		ItemRef item = this.plans.firstItem(plan);
		TargetRef target = this.plans.targets(item).get(0);
		TestUser staff = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		TestUser reviewer = this.users.create(Role.STAFF, Set.of(), false);
		TestUser office = this.users.create(Role.STAFF, Set.of(), true);
		this.jdbc.update("update app_user set email = ? where id = ?", staff.username() + "@example.org", staff.id());
		this.jdbc.update("insert into plan_reviewer (plan_id, user_id) values (?, ?)", plan.id(), reviewer.id());
		this.jdbc.update("insert into plan_review_setting (plan_id, enabled, version) values (?, true, 0)", plan.id());

		// staff report: the report waits, the target still counts nothing
		logIn(staff);
		open("/targets/" + target.id() + "/progress");
		Chromium.waitFor(browser, By.id("value")).sendKeys("10");
		browser.findElement(By.id("narrative")).sendKeys("新建示范点10家");
		Chromium.click(browser, browser.findElement(By.cssSelector("#report-form button[type=submit]")));
		Chromium.waitFor(browser, By.cssSelector(".alert-success"));
		assertThat(browser.findElement(By.id("target-pending")).getText()).contains("1");
		assertThat(browser.findElement(By.id("target-actual")).getText()).isEqualTo("0个");
		Chromium.screenshot(browser, "loop-1-reported-pending");

		// the reviewer is told, and returns it with a reason
		logIn(reviewer);
		waitForNotice("待审核", item.heading());
		Chromium.screenshot(browser, "loop-2-review-waiting");
		open("/plans/" + plan.id() + "/reviews");
		WebElement row = Chromium.waitFor(browser, By.cssSelector("#review-queue tbody tr"));
		row.findElement(By.tagName("textarea")).sendKeys("佐证材料不足，请补充照片");
		Chromium.click(browser, row.findElement(By.cssSelector("button.btn-outline-danger")));
		Chromium.waitFor(browser, By.cssSelector(".alert-success"));

		// the reporter is told why, and revises
		logIn(staff);
		waitForNotice("填报被退回", "佐证材料不足，请补充照片");
		open("/targets/" + target.id() + "/progress");
		Chromium.click(browser, Chromium.waitFor(browser, By.cssSelector(".revise-link")));
		WebElement value = Chromium.waitFor(browser, By.id("value"));
		value.clear();
		value.sendKeys("10");
		browser.findElement(By.id("narrative")).sendKeys("，已补充照片");
		Chromium.click(browser, browser.findElement(By.cssSelector("#report-form button[type=submit]")));
		Chromium.waitFor(browser, By.cssSelector(".alert-success"));
		assertThat(browser.findElement(By.id("target-actual")).getText()).isEqualTo("0个");

		// the reviewer approves: now the value counts
		logIn(reviewer);
		open("/plans/" + plan.id() + "/reviews");
		row = Chromium.waitFor(browser, By.cssSelector("#review-queue tbody tr"));
		Chromium.click(browser, row.findElement(By.cssSelector("button.btn-success")));
		Chromium.waitFor(browser, By.cssSelector(".alert-success"));
		open("/targets/" + target.id() + "/progress");
		assertThat(Chromium.waitFor(browser, By.id("target-actual")).getText()).isEqualTo("10个");
		assertThat(browser.findElements(By.id("target-pending"))).isEmpty();
		Chromium.screenshot(browser, "loop-3-approved");

		// the office presses the item; its unit's staff find it in the inbox and by
		// e-mail
		logIn(office);
		open("/items/" + item.id() + "/reminders");
		Chromium.waitFor(browser, By.id("press-message")).sendKeys("请本周内报送下一步安排");
		Chromium.click(browser, browser.findElement(By.cssSelector("#press-form button[type=submit]")));
		Chromium.waitFor(browser, By.cssSelector(".alert-success"));
		logIn(staff);
		open("/inbox");
		assertThat(Chromium.waitFor(browser, By.id("inbox-list")).getText()).contains("催办").contains("请本周内报送下一步安排");
		assertThat(browser.findElement(By.id("inbox-unread")).getText()).isNotBlank();
		Chromium.screenshot(browser, "loop-4-pressed");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			MimeMessage[] received = smtp.getReceivedMessages();
			assertThat(received).anySatisfy((message) -> {
				assertThat(message.getAllRecipients()[0].toString()).isEqualTo(staff.username() + "@example.org");
				assertThat(GreenMailUtil.getBody(message)).isNotBlank();
			});
		});
	}

	@Test
	void aDueReportReachesTheInboxMyWorkAndTheMailbox() throws IOException {
		PlanRef plan = this.plans.create(1, 1, 1);
		this.plans.status(plan, PlanStatus.ACTIVE);
		try {
			remindOfADueReport(plan);
		}
		finally {
			this.clock.reset();
			this.plans.status(plan, PlanStatus.ARCHIVED);
		}
	}

	private void remindOfADueReport(PlanRef plan) throws IOException {
		ItemRef item = this.plans.firstItem(plan);
		String heading = "社区青年之家建设 " + plan.id();
		this.jdbc.update("update plan_item set heading = ? where id = ?", heading, item.id());
		TestUser staff = this.users.create(Role.STAFF, Set.of(item.leadUnitId()), false);
		String address = staff.username() + "@example.org";
		this.jdbc.update("update app_user set email = ? where id = ?", address, staff.id());
		// due on the 15th of each month, reminded from three days before: the job runs
		// on the 13th (the committee's day), two days before the due day
		this.reminders.monthly(plan.id(), 15, 3);
		LocalDate today = LocalDate.of(plan.year(), 6, 13);
		this.clock.setTo(today, LocalTime.of(9, 0));
		this.reminders.runJob();
		// the browser's session runs on real time again
		this.clock.reset();

		logIn(staff);
		open("/inbox");
		assertThat(Chromium.waitFor(browser, By.id("inbox-list")).getText()).contains("临近填报")
			.contains(heading)
			.contains(LocalDate.of(plan.year(), 6, 15).toString());
		waitForNotice("临近填报", heading);
		Chromium.screenshot(browser, "loop-5-report-due");
		await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
			assertThat(smtp.getReceivedMessages()).anySatisfy((message) -> {
				assertThat(message.getAllRecipients()[0].toString()).isEqualTo(address);
				assertThat(message.getSubject()).contains("临近填报").contains(heading);
				assertThat(GreenMailUtil.getBody(message)).isNotBlank();
			});
		});
	}

	private void logIn(TestUser person) {
		open("/login");
		browser.manage().deleteAllCookies();
		logIn(person.username(), TestUsers.PASSWORD);
		Chromium.waitFor(browser, By.id("current-user"));
	}

	/** Opens 我的待办 until the notice (sent after the change commits) is listed. */
	private void waitForNotice(String kind, String text) {
		await().atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofSeconds(1)).untilAsserted(() -> {
			open("/my-work");
			String notices = Chromium.waitFor(browser, By.id("unread-notices")).getText();
			assertThat(notices).contains(kind).contains(text);
		});
	}

}

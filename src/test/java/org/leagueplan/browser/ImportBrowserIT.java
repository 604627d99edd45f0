package org.leagueplan.browser;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.exchange.TestWorkbooks;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.leagueplan.progress.TestProgress;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a real browser: the committee office uploads the 2023 plan document as downloaded,
 * sees the preview with the source marked and the two damaged percentages flagged,
 * corrects one and confirms the other, saves, watches the progress and lands on the new
 * draft plan. And a plan exported to Excel comes back with its progress history: the
 * check page says what comes along, and the new plan's quarterly report reads the same as
 * the original's.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestUsers.class, TestPlans.class, TestProgress.class, TestWorkbooks.class })
class ImportBrowserIT extends BrowserTest {

	@Autowired
	private TestUsers users;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestProgress progress;

	@Autowired
	private TestWorkbooks workbooks;

	@Test
	void officeImportsTheSeedCorrectsAFlaggedPercentageAndSeesThePlan() throws IOException {
		String office = this.users.create(Role.STAFF, Set.of(), true).username();
		Path document = Files.createTempFile("2023-district-work-plan", ".txt");
		try (InputStream seed = new ClassPathResource("demo/2023-district-work-plan.txt").getInputStream()) {
			Files.write(document, seed.readAllBytes());
		}

		logIn(office, TestUsers.PASSWORD);
		open("/plans");
		Chromium.click(browser, Chromium.waitFor(browser, By.id("import-link")));
		Chromium.waitFor(browser, By.id("file")).sendKeys(document.toAbsolutePath().toString());
		Chromium.click(browser, browser.findElement(By.cssSelector("#import-upload button[type=submit]")));

		Chromium.waitFor(browser, By.id("import-form"));
		assertThat(browser.findElements(By.cssSelector(".import-item"))).hasSize(15);
		assertThat(browser.findElement(By.id("src-i2")).findElement(By.cssSelector("mark.mark-TARGET")).getText())
			.isEqualTo("达30家以上");
		assertThat(browser.findElement(By.id("import-errors")).getText()).contains("2");
		WebElement flagged = browser.findElement(By.id("items5.targets0.value"));
		assertThat(flagged.getAttribute("class")).contains("is-invalid");
		Chromium.screenshot(browser, "import-1-preview");

		flagged.clear();
		flagged.sendKeys("30");
		Chromium.click(browser, browser.findElement(By.id("items5.targets1.confirmed1")));
		Chromium.click(browser, browser.findElement(By.id("import-save")));

		new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until(ExpectedConditions.urlMatches("/plans/\\d+$"));
		String plan = Chromium.waitFor(browser, By.tagName("main")).getText();
		assertThat(plan).contains("2023").contains("强化基层组织建设").contains("以“传统媒体+新兴媒体〞的“全媒体宣传〞方式开展志愿效劳工作宣传");
		Chromium.screenshot(browser, "import-2-plan");
	}

	@Test
	void anExportedWorkbookComesBackWithItsHistoryAndItsReportReadsTheSame() throws IOException {
		String office = this.users.create(Role.STAFF, Set.of(), true).username();
		PlanRef plan = this.plans.create(1, 2, 1);
		int year = plan.year();
		TargetRef target = this.plans.targets(this.plans.items(plan).get(0)).get(0);
		this.progress.planned(target.id(), plan.id(), LocalDate.of(year, 3, 31), new BigDecimal("5"));
		this.progress.report(target.id(), plan.id(), new BigDecimal("4"), null, LocalDate.of(year, 1, 31), "一月新建4个",
				null, LocalDate.of(year, 2, 1).atStartOfDay(org.leagueplan.TestClock.COMMITTEE).toInstant());
		Path workbook = Files.createTempFile("plan", ".xlsx");
		try (OutputStream out = Files.newOutputStream(workbook)) {
			this.workbooks.write(plan.id(), out);
		}

		logIn(office, TestUsers.PASSWORD);
		open("/imports/new");
		Chromium.waitFor(browser, By.id("file")).sendKeys(workbook.toAbsolutePath().toString());
		Chromium.click(browser, browser.findElement(By.cssSelector("#import-upload button[type=submit]")));
		assertThat(Chromium.waitFor(browser, By.id("import-history")).getText()).contains("1 条指标报送", "1 个分期计划值");
		Chromium.screenshot(browser, "import-3-workbook");
		Chromium.click(browser, browser.findElement(By.id("import-save")));
		new WebDriverWait(browser, java.time.Duration.ofSeconds(20))
			.until(ExpectedConditions.urlMatches("/plans/\\d+$"));
		String copy = browser.getCurrentUrl().replaceFirst(".*/plans/", "");

		open("/plans/" + plan.id() + "/report?period=" + year + "-Q1");
		String original = Chromium.waitFor(browser, By.id("report")).getText();
		open("/plans/" + copy + "/report?period=" + year + "-Q1");
		assertThat(Chromium.waitFor(browser, By.id("report")).getText()).isEqualTo(original).contains("一月新建4个");
	}

	@Test
	void aPlanOfOneHundredAndTwentyPastedItemsIsCheckedAndSavedInOnePost() {
		String office = this.users.create(Role.STAFF, Set.of(), true).username();
		StringBuilder text = new StringBuilder("共青团某区委2024年工作要点\n");
		for (String section : new String[] { "一、组织建设", "二、宣传工作", "三、志愿服务" }) {
			text.append(section).append('\n');
			for (int i = 1; i <= 40; i++) {
				text.append(i).append("、第").append(i).append("项工作，年内开展活动").append(i).append("场。\n");
			}
		}
		logIn(office, TestUsers.PASSWORD);
		open("/imports/new");
		// pasted at once, as Ctrl+V would (typing 120 lines key by key takes minutes)
		((org.openqa.selenium.JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];",
				Chromium.waitFor(browser, By.id("text")), text.toString());
		Chromium.click(browser, browser.findElement(By.cssSelector("#import-upload button[type=submit]")));
		Chromium.waitFor(browser, By.id("import-form"));
		assertThat(browser.findElements(By.cssSelector(".import-item"))).hasSize(120);
		assertThat(browser.findElements(By.id("import-errors"))).isEmpty();
		Chromium.click(browser, browser.findElement(By.id("import-save")));
		new WebDriverWait(browser, java.time.Duration.ofSeconds(30))
			.until(ExpectedConditions.urlMatches("/plans/\\d+$"));
		assertThat(Chromium.waitFor(browser, By.tagName("main")).getText()).contains("第40项工作").contains("三、志愿服务");
	}

}

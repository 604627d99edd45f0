package org.leagueplan.browser;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.account.TestUser;
import org.leagueplan.plan.ItemStatus;
import org.leagueplan.plan.PlanData;
import org.leagueplan.plan.PlanQueries;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.progress.RectificationQueries;
import org.leagueplan.progress.TestProgress;
import org.leagueplan.supervision.TestAssignments;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chromium.HasCdp;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every page a person can reach, as they meet it on a phone (390 × 844, as in WeChat's
 * browser) and on a desktop (1280 px): an admin, a staff member of 组织部 and a leader each
 * start at home and follow every same-origin link breadth first (no logout, downloads,
 * language switches or forms that change anything), plus a list of pages reached by form
 * or id. A page fails where the document is wider than the phone (naming the widest
 * element that sticks out) or where its text shows a message placeholder
 * ({@code {0}}…{@code {9}}) or a missing key ({@code ??key??}). Each page is saved at
 * both widths under {@code target/screenshots/phone/} and
 * {@code target/screenshots/desktop/}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({ TestDatabaseConfiguration.class, TestUsers.class, TestProgress.class, TestAssignments.class })
class PhoneLayoutBrowserIT extends BrowserTest {

	static final int PHONE_WIDTH = 390;

	static final int PHONE_HEIGHT = 844;

	static final int DESKTOP_WIDTH = 1280;

	static final int DESKTOP_HEIGHT = 1457;

	/**
	 * Pages of one kind (same path with other ids, same query names) visited per person;
	 * the rest are alike.
	 */
	private static final int PER_KIND = 2;

	/** At most this many pages per person. */
	private static final int MAX_PAGES = 70;

	private static final Path SCREENSHOTS = Path.of("target/screenshots");

	/** Links that leave, download, switch the language or are data rather than pages. */
	private static final Pattern SKIPPED = Pattern.compile(
			"/logout|\\.xlsx|\\.docx|/evidence/|[?&]lang=|/progress/chart|/status(\\?|$)|/export|/h2-console|/actuator");

	/** A message placeholder left unfilled, or a key Thymeleaf did not find. */
	private static final Pattern RAW_MESSAGE = Pattern.compile("\\{[0-9]}|\\?\\?[^?\\s]+\\?\\?");

	/** A Chinese character: every page speaks Chinese unless asked otherwise. */
	private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");

	/**
	 * How wide the document is, and the element reaching furthest right outside any box
	 * that scrolls or clips (that element is what widens the page), with a few words of
	 * its text; and the visible text.
	 */
	private static final String MEASURE = """
			const width = arguments[0];
			let widest = null;
			for (const element of document.body.querySelectorAll('*')) {
			  const box = element.getBoundingClientRect();
			  if (box.width === 0 || box.right <= width + 1) continue;
			  let inside = false;
			  for (let a = element.parentElement; a && a !== document.body; a = a.parentElement) {
			    if (getComputedStyle(a).overflowX !== 'visible') { inside = true; break; }
			  }
			  if (inside) continue;
			  if (!widest || box.right > widest.right + 0.5) {
			    const cls = typeof element.className === 'string' && element.className.trim()
			      ? '.' + element.className.trim().split(/\\s+/).join('.') : '';
			    widest = { right: Math.round(box.right), name: element.tagName.toLowerCase()
			      + (element.id ? '#' + element.id : '') + cls,
			      text: (element.innerText || '').replace(/\\s+/g, ' ').trim().substring(0, 40) };
			  }
			}
			return { scrollWidth: document.documentElement.scrollWidth,
			  widest: widest ? widest.name + ' reaching ' + widest.right + ' px "' + widest.text + '"' : 'none found',
			  text: document.title + '\\n' + document.body.innerText };
			""";

	@Autowired
	private TestUsers users;

	@Autowired
	private TestProgress progress;

	@Autowired
	private PlanQueries plans;

	@Autowired
	private TestAssignments assignments;

	@Autowired
	private RectificationQueries rectifications;

	private final List<String> problems = new ArrayList<>();

	private final Set<String> pagesSeen = new TreeSet<>();

	@Test
	void everyPageFitsAPhoneAndShowsOnlyHumanWords() throws IOException {
		long plan = this.plans.plans()
			.stream()
			.filter(candidate -> candidate.title().equals("2023年区团委工作计划"))
			.findFirst()
			.orElseThrow()
			.id();
		PlanData demo = this.plans.planData(plan);
		long organisation = demo.units()
			.stream()
			.filter(unit -> unit.name().equals("组织部"))
			.findFirst()
			.orElseThrow()
			.id();
		TargetRef sites = demo.targets()
			.stream()
			.filter(target -> target.name().equals("社区综合团委示范点"))
			.findFirst()
			.orElseThrow();
		long milestone = demo.milestones().get(0).id();
		TestUser admin = this.users.create(Role.ADMIN, Set.of(), false);
		TestUser staff = this.users.create(Role.STAFF, Set.of(organisation), false);
		TestUser leader = this.users.create(Role.LEADER, Set.of(), false);
		TestUser newcomer = this.users.withOneTimePassword(Role.STAFF);
		long report = reportAsAPersonWould(plan, sites, staff);
		// the red report's corrective action as a rectification (整改) of the staff's unit,
		// overdue
		long rectification = this.rectifications.inProgressOfTarget(sites.id())
			.map(found -> found.id())
			.orElseGet(() -> this.progress.rectification(sites.itemId(), plan, sites.id(), report,
					"协调街道提供场地，第三季度完成剩余示范点建设", LocalDate.of(2023, 9, 30), organisation));
		long organisationItem = demo.items()
			.stream()
			.filter(item -> Long.valueOf(organisation).equals(item.leadUnitId()))
			.findFirst()
			.orElseThrow()
			.id();
		this.assignments.awaitOpen(organisationItem, organisation);

		List<String> known = List.of("/", "/dashboard", "/dashboard/items?plan=" + plan + "&light=RED",
				"/dashboard/items?plan=" + plan + "&overdue=true", "/dashboard/items?plan=" + plan + "&stale=true",
				"/plans", "/plans/" + plan, "/plans/" + plan + "/archived", "/plans/" + plan + "/report",
				"/plans/" + plan + "/report?period=2023-Q2", "/plans/" + plan + "/print", "/items/" + sites.itemId(),
				"/items/" + sites.itemId() + "/updates", "/targets/" + sites.id() + "/progress",
				"/items/" + sites.itemId() + "/edit", "/targets/" + sites.id() + "/edit",
				"/milestones/" + milestone + "/edit", "/imports/new", "/units", "/units/new", "/admin/users",
				"/admin/users/new", "/admin/users/" + staff.id() + "/edit", "/admin/audit", "/admin/status-settings",
				"/account/sessions", "/account/password", "/account/mfa", "/inbox", "/my-work",
				"/plans/" + plan + "/unsigned", "/plans/" + plan + "/bulletins", "/plans/" + plan + "/rectifications",
				"/items/" + sites.itemId() + "/rectifications", "/rectifications/" + rectification,
				"/items/" + sites.itemId() + "/closing", "/items/" + sites.itemId() + "/reminders",
				"/plans/" + plan + "/reviews", "/plans/" + plan + "/calendar", "/plans/" + plan + "/assessment",
				"/plans/" + plan + "/assessment/weights");

		emulate(PHONE_WIDTH, PHONE_HEIGHT, true);
		open("/login");
		Chromium.waitFor(browser, By.id("username"));
		check("anonymous", "/login");

		logIn(newcomer.username(), TestUsers.PASSWORD);
		Chromium.waitFor(browser, By.cssSelector("form[action$='/logout']"));
		check("one-time-password", path(browser.getCurrentUrl()));
		browser.manage().deleteAllCookies();

		List<String> withBulletin = new ArrayList<>(known);
		withBulletin.add(issueBulletin(admin, plan));
		known = List.copyOf(withBulletin);
		crawl("admin", admin, known);
		menuOpensOnAPhone("admin");
		importPreview("admin");
		mfaEnrolment("admin");
		crawl("staff", staff, known);
		open("/my-work");
		assertThat(browser.findElements(By.cssSelector("form[action*='/assignments/'][action$='/sign']")))
			.as("the staff member's assignment to sign on 我的待办")
			.isNotEmpty();
		crawl("leader", leader, known);

		assertThat(this.pagesSeen).as("pages visited").hasSizeGreaterThan(40);
		assertThat(this.problems)
			.as("pages wider than a %d px phone or showing raw message keys (screenshots in %s)", PHONE_WIDTH,
					SCREENSHOTS.toAbsolutePath())
			.isEmpty();
	}

	/**
	 * A report with a long narrative, a reason, an action and a long link, and an item
	 * update: filled tables.
	 */
	private long reportAsAPersonWould(long plan, TargetRef target, TestUser staff) {
		LocalDate asOf = LocalDate.of(2023, 6, 30);
		long report = this.progress.report(target.id(), plan, new BigDecimal("12"), null, asOf,
				"上半年新建社区综合团委示范点12家，覆盖罗湖区各街道，示范点均已挂牌并建立联系青年工作台账。", "部分社区活动场地尚未落实", "协调街道提供场地，第三季度完成剩余示范点建设", null,
				staff.id(), Instant.now());
		this.progress.link(report, null,
				"https://mp.weixin.qq.com/s/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-community-youth-league-demonstration-sites");
		this.progress.file(report, "示范点挂牌照片-2023年6月-罗湖区各街道社区综合团委.png");
		this.progress.update(target.itemId(), plan, ItemStatus.IN_PROGRESS, "示范点建设按计划推进，已完成挂牌12家。", staff.id(),
				Instant.now());
		return report;
	}

	/**
	 * The office issues the plan's second-quarter bulletin from the report page (or finds
	 * it issued before), so that its members and leaders have one to read: its path.
	 */
	private String issueBulletin(TestUser office, long plan) {
		browser.manage().deleteAllCookies();
		logIn(office.username(), TestUsers.PASSWORD);
		Chromium.waitFor(browser, By.cssSelector("form[action$='/logout']"));
		open("/plans/" + plan + "/report?period=2023-Q2");
		Chromium.click(browser, Chromium.waitFor(browser, By.cssSelector("#issue-bulletin button[type=submit]")));
		new WebDriverWait(browser, Duration.ofSeconds(10))
			.until(driver -> path(driver.getCurrentUrl()).matches("/bulletins/\\d+"));
		return path(browser.getCurrentUrl());
	}

	/**
	 * Logs in, then visits the known pages and every page they lead to, breadth first.
	 */
	private void crawl(String who, TestUser person, List<String> known) throws IOException {
		browser.manage().deleteAllCookies();
		logIn(person.username(), TestUsers.PASSWORD);
		Chromium.waitFor(browser, By.cssSelector("form[action$='/logout']"));
		Deque<String> queue = new ArrayDeque<>(known);
		Set<String> queued = new LinkedHashSet<>(known);
		Map<String, Integer> kinds = new HashMap<>();
		int visited = 0;
		while (!queue.isEmpty() && visited < MAX_PAGES) {
			String page = queue.removeFirst();
			String kind = kind(page);
			if (kinds.merge(kind, 1, Integer::sum) > PER_KIND) {
				continue;
			}
			open(page);
			Chromium.waitFor(browser, By.tagName("body"));
			visited++;
			check(who, page);
			for (String link : links()) {
				if (queued.add(link)) {
					queue.addLast(link);
				}
			}
		}
	}

	/**
	 * On a phone the menu is folded behind its button; pressed, it shows every link down
	 * to 退出.
	 */
	private void menuOpensOnAPhone(String who) throws IOException {
		open("/dashboard");
		WebElement logout = Chromium.waitFor(browser, By.cssSelector("form[action$='/logout'] button"));
		assertThat(logout.isDisplayed()).as("logout hidden in the folded menu").isFalse();
		Chromium.click(browser, browser.findElement(By.id("nav-toggle")));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(ExpectedConditions.visibilityOf(logout));
		new WebDriverWait(browser, Duration.ofSeconds(5)).until(driver -> ((JavascriptExecutor) driver)
			.executeScript("return document.querySelector('#app-menu.collapsing') === null;"));
		assertThat(logout.getRect().getX() + logout.getRect().getWidth()).isLessThanOrEqualTo(PHONE_WIDTH);
		check(who, "/dashboard (menu open)");
	}

	/**
	 * The import check page, reached by pasting the seed document into the upload form.
	 */
	private void importPreview(String who) throws IOException {
		open("/imports/new");
		String seed;
		try (InputStream in = new ClassPathResource("demo/2023-district-work-plan.txt").getInputStream()) {
			seed = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		((JavascriptExecutor) browser).executeScript("document.getElementById('text').value = arguments[0];", seed);
		Chromium.click(browser, browser.findElement(By.cssSelector("#import-upload button[type=submit]")));
		Chromium.waitFor(browser, By.id("import-form"));
		check(who, "/imports/{id}");
	}

	/** The second-factor enrolment with its QR code, reached by the start button. */
	private void mfaEnrolment(String who) throws IOException {
		open("/account/mfa");
		Chromium.click(browser, Chromium.waitFor(browser, By.cssSelector("form[action$='/account/mfa/start'] button")));
		Chromium.waitFor(browser, By.id("mfa-enrolment"));
		check(who, "/account/mfa (enrolment)");
	}

	/**
	 * Measures the page on the phone, reads its words, saves it at both widths. The page
	 * is already open at phone width.
	 */
	private void check(String who, String page) throws IOException {
		String name = who + " " + page;
		this.pagesSeen.add(name);
		waitForChart();
		@SuppressWarnings("unchecked")
		Map<String, Object> measured = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(MEASURE,
				PHONE_WIDTH);
		long width = ((Number) measured.get("scrollWidth")).longValue();
		if (width > PHONE_WIDTH) {
			this.problems.add("%s is %d px wide on a %d px phone; widest: %s".formatted(name, width, PHONE_WIDTH,
					measured.get("widest")));
		}
		var raw = RAW_MESSAGE.matcher((String) measured.get("text"));
		while (raw.find()) {
			String text = (String) measured.get("text");
			String around = text.substring(Math.max(0, raw.start() - 20), Math.min(text.length(), raw.end() + 20));
			this.problems.add("%s shows '%s' in \"%s\"".formatted(name, raw.group(), around.replaceAll("\\s+", " ")));
		}
		if (!CHINESE.matcher((String) measured.get("text")).find()) {
			this.problems.add("%s shows no Chinese".formatted(name));
		}
		String file = fileName(who, page);
		save("phone", file);
		emulate(DESKTOP_WIDTH, DESKTOP_HEIGHT, false);
		waitForChart();
		save("desktop", file);
		emulate(PHONE_WIDTH, PHONE_HEIGHT, true);
	}

	/** The progress chart draws after its data arrives; the screenshot waits for it. */
	private static void waitForChart() {
		if (Boolean.TRUE.equals(((JavascriptExecutor) browser)
			.executeScript("return document.getElementById('progress-chart') !== null;"))) {
			Chromium.waitFor(browser, By.cssSelector("#progress-chart[data-chart-ready='true']"));
		}
	}

	/**
	 * Same-origin GET links of the page that only show something (see {@link #SKIPPED}),
	 * as paths.
	 */
	private List<String> links() {
		@SuppressWarnings("unchecked")
		List<String> hrefs = (List<String>) ((JavascriptExecutor) browser).executeScript(
				"return Array.from(document.querySelectorAll('a[href]')).filter(a => !a.target && !a.hasAttribute('download'))"
						+ ".map(a => a.href);");
		String origin = origin(browser.getCurrentUrl());
		List<String> pages = new ArrayList<>();
		for (String href : hrefs) {
			String link = href.contains("#") ? href.substring(0, href.indexOf('#')) : href;
			if (link.startsWith(origin + "/") && !SKIPPED.matcher(link).find()) {
				pages.add(link.substring(origin.length()));
			}
		}
		return pages;
	}

	/** A page's kind: its path with ids as {id} and the names of its query parameters. */
	static String kind(String page) {
		URI uri = URI.create(page);
		String path = uri.getPath().replaceAll("/\\d+", "/{id}");
		Set<String> names = new TreeSet<>();
		if (uri.getRawQuery() != null) {
			for (String pair : uri.getRawQuery().split("&")) {
				names.add(pair.split("=", 2)[0]);
			}
		}
		return path + (names.isEmpty() ? "" : "?" + String.join("&", names));
	}

	private static String fileName(String who, String page) {
		String slug = page.replaceAll("[^A-Za-z0-9]+", "-").replaceAll("^-|-$", "").toLowerCase(Locale.ROOT);
		return who + "-" + (slug.isEmpty() ? "home" : slug);
	}

	private static String path(String url) {
		URI uri = URI.create(url);
		return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
	}

	private static String origin(String url) {
		URI uri = URI.create(url);
		return uri.getScheme() + "://" + uri.getAuthority();
	}

	/**
	 * A phone (touch, the page's viewport meta honoured) or a desktop window of exactly
	 * this size.
	 */
	private static void emulate(int width, int height, boolean mobile) {
		((HasCdp) browser).executeCdpCommand("Emulation.setDeviceMetricsOverride",
				Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
	}

	private static void save(String folder, String name) throws IOException {
		Path directory = SCREENSHOTS.resolve(folder);
		Files.createDirectories(directory);
		Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
		Files.copy(shot, directory.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
	}

}

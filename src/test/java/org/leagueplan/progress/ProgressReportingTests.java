package org.leagueplan.progress;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.TargetRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.model;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Staff report progress with evidence; every bad input is refused with a message and
 * saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class ProgressReportingTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n"
		.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private ProgressReportRepository reports;

	private ItemRef item;

	private TargetRef target;

	@Autowired
	private TestClock clock;

	private WebClient staff;

	/**
	 * A fixed day, the same whatever day the tests run on: no check is skipped on some
	 * dates.
	 */
	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	private final String today = TODAY.toString();

	private WebClient freshLogin() throws Exception {
		WebClient browser = new WebClient(this.mvc);
		browser.login(this.users.create(Role.STAFF, Set.of(this.item.leadUnitId()), false).username(),
				TestUsers.PASSWORD);
		return browser;
	}

	@BeforeEach
	void setUp() throws Exception {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		PlanRef plan = this.plans.create(1, 1, 1);
		this.item = this.plans.firstItem(plan);
		this.target = this.plans.targets(this.item).get(0);
		this.staff = new WebClient(this.mvc);
		this.staff.login(this.users.create(Role.STAFF, Set.of(this.item.leadUnitId()), false).username(),
				TestUsers.PASSWORD);
	}

	@Test
	void staffReportsAValueWithAPhotoDownloadedUnderASafeName() throws Exception {
		this.staff
			.perform(report("value", "10").file(new MockMultipartFile("files", "../../现场\r\n照片.png", "image/png", PNG)))
			.andExpect(redirectedUrl("/targets/" + this.target.id() + "/progress"))
			.andExpect(flash().attribute("message", "report.saved"));
		String page = this.staff.perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("light-ACHIEVED")))
			.andReturn()
			.getResponse()
			.getContentAsString();
		String evidenceId = page.replaceAll("(?s).*href=\"/evidence/(\\d+)\".*", "$1");
		MvcResult download = this.staff.perform(get("/evidence/{id}", evidenceId))
			.andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andExpect(header().string("X-Content-Type-Options", "nosniff"))
			.andReturn();
		String disposition = download.getResponse().getHeader("Content-Disposition");
		assertThat(disposition).startsWith("attachment;").doesNotContain("..", "/", "\r", "\n");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PNG);
	}

	@Test
	void redReportNeedsReasonCorrectiveActionAndItsDeadline() throws Exception {
		long before = this.reports.count();
		this.staff.perform(report("value", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "reason", "report.reason.required"))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "correctiveAction", "report.action.required"));
		assertThat(this.reports.count()).isEqualTo(before);
		this.staff.perform(report("value", "0").param("reason", "场地未落实").param("correctiveAction", "下月协调街道"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "actionDeadline",
					"report.actionDeadline.required"));
		assertThat(this.reports.count()).isEqualTo(before);
		this.staff
			.perform(report("value", "0").param("reason", "场地未落实")
				.param("correctiveAction", "下月协调街道")
				.param("actionDeadline", "2026-07-31"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.reports.count()).isEqualTo(before + 1);
	}

	@Test
	void badValuesAndDatesAreRefusedAndNothingIsSaved() throws Exception {
		long before = this.reports.count();
		this.staff.perform(report("value", "十个"))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "value", "typeMismatch"))
			.andExpect(content().string(containsString("请输入数字")));
		this.staff.perform(report("value", "-3"))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "value", "DecimalMin"));
		this.staff.perform(report("value", "5", "asOf", (TODAY.getYear() - 1) + "-06-30"))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "asOf", "report.asOf.outsideYear"));
		this.staff.perform(report("value", "5", "asOf", TODAY.plusDays(1).toString()))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "asOf", "report.asOf.future"));
		this.staff.perform(report("value", ""))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "value", "report.value.required"));
		TargetRef percentage = this.plans.percentageTarget(this.item);
		this.staff
			.perform(multipart("/targets/{id}/progress", percentage.id()).with(csrf())
				.param("value", "20230")
				.param("asOf", this.today))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "value", "target.percentage.max"));
		assertThat(this.reports.count()).isEqualTo(before);
	}

	@Test
	void oversizedUnknownAndDisguisedFilesAreRefusedAndNothingIsSaved() throws Exception {
		long before = this.reports.count();
		byte[] huge = Arrays.copyOf(PNG, 20 * 1024 * 1024 + 1);
		this.staff.perform(report("value", "10").file(new MockMultipartFile("files", "big.png", "image/png", huge)))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "files", "evidence.tooLarge"));
		this.staff
			.perform(report("value", "10")
				.file(new MockMultipartFile("files", "tool.png", "image/png", "MZ\u0090\u0000".getBytes())))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "files", "evidence.type"));
		this.staff.perform(report("value", "10").file(new MockMultipartFile("files", "photo.jpg", "image/jpeg", PDF)))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "files", "evidence.disguised"))
			.andExpect(content().string(containsString("扩展名与其实际内容不符")));
		this.staff.perform(report("value", "10", "links", "javascript:alert(1)"))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "links", "evidence.link"));
		assertThat(this.reports.count()).isEqualTo(before);
	}

	@Test
	void aZipBombWordFileIsRefusedAsEvidenceAndAnOrdinaryOneIsKept() throws Exception {
		long before = this.reports.count();
		byte[] bomb = wordFile(300 * 1024 * 1024);
		assertThat(bomb.length).isBetween(200 * 1024, 400 * 1024);
		this.staff
			.perform(report("value", "10")
				.file(new MockMultipartFile("files", "总结.docx", "application/octet-stream", bomb)))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "files", "evidence.zipBomb"))
			.andExpect(content().string(containsString("压缩炸弹")));
		assertThat(this.reports.count()).isEqualTo(before);
		this.staff
			.perform(report("value", "10")
				.file(new MockMultipartFile("files", "总结.docx", "application/octet-stream", wordFile(100 * 1024))))
			.andExpect(status().is3xxRedirection());
		assertThat(this.reports.count()).isEqualTo(before + 1);
	}

	/**
	 * A Word file's parts, one of them {@code zeros} zero bytes (deflated some
	 * thousandfold).
	 */
	private static byte[] wordFile(int zeros) throws java.io.IOException {
		java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
		try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
			zip.setLevel(java.util.zip.Deflater.BEST_COMPRESSION);
			zip.putNextEntry(new java.util.zip.ZipEntry("[Content_Types].xml"));
			zip.write("<Types/>".getBytes(java.nio.charset.StandardCharsets.UTF_8));
			zip.putNextEntry(new java.util.zip.ZipEntry("word/document.xml"));
			byte[] chunk = new byte[1024 * 1024];
			for (int left = zeros; left > 0; left -= chunk.length) {
				zip.write(chunk, 0, Math.min(left, chunk.length));
			}
			zip.closeEntry();
		}
		return bytes.toByteArray();
	}

	@Test
	void correctionIsANewReportThatKeepsTheOldOneVisible() throws Exception {
		this.staff.perform(report("value", "10", "narrative", "首次报送"));
		long first = this.reports.findByTargetIdOrderByReportedAtDescIdDesc(this.target.id()).get(0).getId();
		this.staff
			.perform(report("value", "9", "narrative", "更正：重复统计", "correctsId", Long.toString(first), "reason", "统计有误",
					"correctiveAction", "重新核对"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.reports.findByTargetIdOrderByReportedAtDescIdDesc(this.target.id()))
			.extracting(report -> report.getNarrative())
			.containsExactly("更正：重复统计", "首次报送");
		this.staff.perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("更正第" + first + "号")));
	}

	@Test
	void staffOfAnotherUnitIsRefused() throws Exception {
		WebClient outsider = new WebClient(this.mvc);
		outsider.login(this.users.create(Role.STAFF, Set.of(this.plans.unit("外单位").id()), false).username(),
				TestUsers.PASSWORD);
		outsider.perform(report("value", "10")).andExpect(status().isForbidden());
		outsider.perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"asOf\""))));
	}

	@Test
	void itemUpdateSetsTheItemsStatus() throws Exception {
		this.staff
			.perform(multipart("/items/{id}/updates", this.item.id()).with(csrf())
				.param("status", "COMPLETED")
				.param("narrative", "已全部完成"))
			.andExpect(redirectedUrl("/items/" + this.item.id() + "/updates"));
		this.staff.perform(get("/items/{id}", this.item.id())).andExpect(content().string(containsString("已完成")));
		this.staff.perform(get("/items/{id}/updates", this.item.id()))
			.andExpect(content().string(containsString("已全部完成")));
	}

	@Test
	void plannedValuesAreSavedAndBadLinesRefused() throws Exception {
		int year = TODAY.getYear();
		this.staff
			.perform(post("/targets/{id}/planned", this.target.id()).with(csrf())
				.param("lines", year + "-06-30 4\n" + year + "-12-31 10"))
			.andExpect(flash().attribute("message", "planned.saved"));
		this.staff.perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString(year + "-06-30 4")));
		this.staff.perform(post("/targets/{id}/planned", this.target.id()).with(csrf()).param("lines", "六月底 四个"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("plannedProblem", "planned.invalidLine"))
			.andExpect(content().string(containsString("六月底 四个")));
	}

	@AfterEach
	void realTimeAgain() {
		this.clock.reset();
	}

	/**
	 * The committee's day is Beijing's, whatever the server's zone: at 00:30 Beijing time
	 * (16:30 UTC the day before) a report dated the Beijing day is accepted, not refused
	 * as future, and the form proposes that day; at 23:30 (15:30 UTC the same day) too,
	 * while the next Beijing day is still the future.
	 */
	@Test
	void aReportDatedTheBeijingDayIsAcceptedAtHalfPastMidnightAndAtHalfPastElevenBeijingTime() throws Exception {
		LocalDate day = LocalDate.of(2026, 3, 10);
		this.clock.setTo(java.time.Instant.parse("2026-03-09T16:30:00Z"));
		assertThat(this.clock.today()).isEqualTo(day);
		this.staff.perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("value=\"2026-03-10\"")));
		long before = this.reports.count();
		this.staff.perform(report("value", "5", "asOf", day.toString(), "reason", "起步", "correctiveAction", "推进"))
			.andExpect(redirectedUrl("/targets/" + this.target.id() + "/progress"));
		this.clock.setTo(java.time.Instant.parse("2026-03-10T15:30:00Z"));
		this.staff.perform(report("value", "6", "asOf", day.toString(), "reason", "起步", "correctiveAction", "推进"))
			.andExpect(redirectedUrl("/targets/" + this.target.id() + "/progress"));
		this.staff.perform(report("value", "7", "asOf", day.plusDays(1).toString()))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "asOf", "report.asOf.future"));
		assertThat(this.reports.count()).isEqualTo(before + 2);
		// and the page shows when they were made on the committee's wall clock, not the
		// server's
		this.staff.perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("2026-03-10 00:30")))
			.andExpect(content().string(containsString("2026-03-10 23:30")));
	}

	/**
	 * The form's date is the plan's default day: today in its year, its last day once the
	 * year is over, its first day before it begins.
	 */
	@Test
	void theReportDateDefaultsToTodayOrThePlanYearsLastDayOnceItIsOver() throws Exception {
		// a fresh login at each time: a session lasts at most 12 hours
		this.clock.setTo(LocalDate.of(2027, 1, 20), LocalTime.of(9, 0));
		freshLogin().perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("value=\"2026-12-31\"")));
		this.clock.setTo(LocalDate.of(2026, 12, 31), LocalTime.of(23, 30));
		freshLogin().perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("value=\"2026-12-31\"")));
		this.clock.setTo(LocalDate.of(2026, 1, 1), LocalTime.of(0, 30));
		freshLogin().perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("value=\"2026-01-01\"")));
		// before the plan's year: its first day, not a day of another year
		this.clock.setTo(LocalDate.of(2025, 11, 20), LocalTime.of(9, 0));
		freshLogin().perform(get("/targets/{id}/progress", this.target.id()))
			.andExpect(content().string(containsString("value=\"2026-01-01\"")));
	}

	private MockMultipartHttpServletRequestBuilder report(String... fields) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("asOf", this.today);
		values.put("narrative", "进展顺利");
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/targets/{id}/progress", this.target.id());
		request.with(csrf());
		values.forEach(request::param);
		return request;
	}

}

package org.leagueplan.progress;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.WebClient;
import org.leagueplan.account.Role;
import org.leagueplan.account.internal.TestUsers;
import org.leagueplan.plan.internal.Plan;
import org.leagueplan.plan.internal.PlanItem;
import org.leagueplan.plan.internal.Target;
import org.leagueplan.plan.internal.TestPlans;
import org.leagueplan.progress.internal.ProgressReportRepository;
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
 * Staff report progress with evidence; every bad input is refused with a message and saves nothing.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class ProgressReportingTests {

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 'I', 'H', 'D', 'R' };

	static final byte[] PDF = "%PDF-1.4\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private ProgressReportRepository reports;

	private PlanItem item;

	private Target target;

	private WebClient staff;

	private final String today = LocalDate.now().toString();

	@BeforeEach
	void setUp() throws Exception {
		Plan plan = this.plans.create(1, 1, 1);
		this.item = this.plans.firstItem(plan);
		this.target = this.plans.targets(this.item).get(0);
		this.staff = new WebClient(this.mvc);
		this.staff.login(this.users.create(Role.STAFF, Set.of(this.item.getLeadUnit().getId()), false).getUsername(),
				TestUsers.PASSWORD);
	}

	@Test
	void staffReportsAValueWithAPhotoDownloadedUnderASafeName() throws Exception {
		this.staff.perform(report("value", "10").file(new MockMultipartFile("files", "../../现场\r\n照片.png", "image/png", PNG)))
			.andExpect(redirectedUrl("/targets/" + this.target.getId() + "/progress"))
			.andExpect(flash().attribute("message", "report.saved"));
		String page = this.staff.perform(get("/targets/{id}/progress", this.target.getId()))
			.andExpect(content().string(containsString("light-ACHIEVED")))
			.andReturn().getResponse().getContentAsString();
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
	void redReportNeedsReasonAndCorrectiveAction() throws Exception {
		long before = this.reports.count();
		this.staff.perform(report("value", "0"))
			.andExpect(status().isOk())
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "reason", "report.reason.required"))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "correctiveAction", "report.action.required"));
		assertThat(this.reports.count()).isEqualTo(before);
		this.staff.perform(report("value", "0").param("reason", "场地未落实").param("correctiveAction", "下月协调街道"))
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
		this.staff.perform(report("value", "5", "asOf", (LocalDate.now().getYear() - 1) + "-06-30"))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "asOf", "report.asOf.outsideYear"));
		if (!LocalDate.now().plusDays(1).isAfter(LocalDate.of(LocalDate.now().getYear(), 12, 31))) {
			this.staff.perform(report("value", "5", "asOf", LocalDate.now().plusDays(1).toString()))
				.andExpect(model().attributeHasFieldErrorCode("reportForm", "asOf", "report.asOf.future"));
		}
		this.staff.perform(report("value", ""))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "value", "report.value.required"));
		Target percentage = this.plans.percentageTarget(this.item);
		this.staff.perform(multipart("/targets/{id}/progress", percentage.getId()).with(csrf())
			.param("value", "20230").param("asOf", this.today))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "value", "target.percentage.max"));
		assertThat(this.reports.count()).isEqualTo(before);
	}

	@Test
	void oversizedUnknownAndDisguisedFilesAreRefusedAndNothingIsSaved() throws Exception {
		long before = this.reports.count();
		byte[] huge = Arrays.copyOf(PNG, 20 * 1024 * 1024 + 1);
		this.staff.perform(report("value", "10").file(new MockMultipartFile("files", "big.png", "image/png", huge)))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "files", "evidence.tooLarge"));
		this.staff.perform(report("value", "10").file(new MockMultipartFile("files", "tool.png", "image/png", "MZ\u0090\u0000".getBytes())))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "files", "evidence.type"));
		this.staff.perform(report("value", "10").file(new MockMultipartFile("files", "photo.jpg", "image/jpeg", PDF)))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "files", "evidence.disguised"))
			.andExpect(content().string(containsString("扩展名与其实际内容不符")));
		this.staff.perform(report("value", "10", "links", "javascript:alert(1)"))
			.andExpect(model().attributeHasFieldErrorCode("reportForm", "links", "evidence.link"));
		assertThat(this.reports.count()).isEqualTo(before);
	}

	@Test
	void correctionIsANewReportThatKeepsTheOldOneVisible() throws Exception {
		this.staff.perform(report("value", "10", "narrative", "首次报送"));
		long first = this.reports.findByTargetIdOrderByReportedAtDescIdDesc(this.target.getId()).get(0).getId();
		this.staff.perform(report("value", "9", "narrative", "更正：重复统计", "correctsId", Long.toString(first),
				"reason", "统计有误", "correctiveAction", "重新核对"))
			.andExpect(status().is3xxRedirection());
		assertThat(this.reports.findByTargetIdOrderByReportedAtDescIdDesc(this.target.getId()))
			.extracting(report -> report.getNarrative())
			.containsExactly("更正：重复统计", "首次报送");
		this.staff.perform(get("/targets/{id}/progress", this.target.getId()))
			.andExpect(content().string(containsString("更正第" + first + "号")));
	}

	@Test
	void staffOfAnotherUnitIsRefused() throws Exception {
		WebClient outsider = new WebClient(this.mvc);
		outsider.login(this.users.create(Role.STAFF, Set.of(this.plans.unit("外单位").getId()), false).getUsername(),
				TestUsers.PASSWORD);
		outsider.perform(report("value", "10")).andExpect(status().isForbidden());
		outsider.perform(get("/targets/{id}/progress", this.target.getId()))
			.andExpect(status().isOk())
			.andExpect(content().string(org.hamcrest.Matchers.not(containsString("name=\"asOf\""))));
	}

	@Test
	void itemUpdateSetsTheItemsStatus() throws Exception {
		this.staff.perform(multipart("/items/{id}/updates", this.item.getId()).with(csrf())
			.param("status", "COMPLETED").param("narrative", "已全部完成"))
			.andExpect(redirectedUrl("/items/" + this.item.getId() + "/updates"));
		this.staff.perform(get("/items/{id}", this.item.getId())).andExpect(content().string(containsString("已完成")));
		this.staff.perform(get("/items/{id}/updates", this.item.getId()))
			.andExpect(content().string(containsString("已全部完成")));
	}

	@Test
	void plannedValuesAreSavedAndBadLinesRefused() throws Exception {
		int year = LocalDate.now().getYear();
		this.staff.perform(post("/targets/{id}/planned", this.target.getId()).with(csrf())
			.param("lines", year + "-06-30 4\n" + year + "-12-31 10"))
			.andExpect(flash().attribute("message", "planned.saved"));
		this.staff.perform(get("/targets/{id}/progress", this.target.getId()))
			.andExpect(content().string(containsString(year + "-06-30 4")));
		this.staff.perform(post("/targets/{id}/planned", this.target.getId()).with(csrf()).param("lines", "六月底 四个"))
			.andExpect(status().isOk())
			.andExpect(model().attribute("plannedProblem", "planned.invalidLine"))
			.andExpect(content().string(containsString("六月底 四个")));
	}

	private MockMultipartHttpServletRequestBuilder report(String... fields) {
		java.util.Map<String, String> values = new java.util.LinkedHashMap<>();
		values.put("asOf", this.today);
		values.put("narrative", "进展顺利");
		for (int i = 0; i < fields.length; i += 2) {
			values.put(fields[i], fields[i + 1]);
		}
		MockMultipartHttpServletRequestBuilder request = multipart("/targets/{id}/progress", this.target.getId());
		request.with(csrf());
		values.forEach(request::param);
		return request;
	}

}

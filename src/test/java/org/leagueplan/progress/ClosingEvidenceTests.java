package org.leagueplan.progress;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.leagueplan.TestClock;
import org.leagueplan.TestDatabaseConfiguration;
import org.leagueplan.account.Role;
import org.leagueplan.account.TestUser;
import org.leagueplan.account.TestUsers;
import org.leagueplan.plan.PlanData.ItemRef;
import org.leagueplan.plan.PlanData.PlanRef;
import org.leagueplan.plan.TestPlans;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.AbstractMockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMultipartHttpServletRequestBuilder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
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
 * Evidence with a request to close an item (办结销号), on PostgreSQL through multipart
 * requests: files and links are checked by the rules of a report's evidence, kept with
 * the request's step of the trail, shown to the reviewer and downloaded through the
 * evidence route; a refused request (bad file or link, stale version, wrong state, wrong
 * person) keeps the summary on the page and stores no evidence row and no file.
 */
@SpringBootTest
@AutoConfigureMockMvc
@Import({ TestDatabaseConfiguration.class, TestPlans.class, TestUsers.class })
class ClosingEvidenceTests {

	static final LocalDate TODAY = LocalDate.of(2026, 6, 15);

	static final byte[] PNG = ProgressReportingTests.PNG;

	static final byte[] PDF = ProgressReportingTests.PDF;

	private static final Pattern DOWNLOAD = Pattern.compile("href=\"/evidence/(\\d+)\"");

	@Autowired
	private MockMvc mvc;

	@Autowired
	private TestPlans plans;

	@Autowired
	private TestUsers users;

	@Autowired
	private TestClock clock;

	@Autowired
	private JdbcClient jdbc;

	private PlanRef plan;

	private ItemRef item;

	private UserDetails admin;

	private UserDetails staff;

	private UserDetails reviewer;

	private UserDetails otherUnitStaff;

	@BeforeEach
	void setUp() throws Exception {
		this.clock.setTo(TODAY, LocalTime.of(10, 0));
		this.plan = this.plans.create(1, 1, 1);
		this.item = this.plans.firstItem(this.plan);
		long unit = this.item.leadUnitId();
		long otherUnit = this.plans.unit("其他单位 " + this.plan.id()).id();
		this.admin = principal(Role.ADMIN, Set.of());
		this.staff = principal(Role.STAFF, Set.of(unit));
		TestUser reviewerUser = this.users.create(Role.STAFF, Set.of(), false);
		this.reviewer = this.users.principal(reviewerUser);
		this.otherUnitStaff = principal(Role.STAFF, Set.of(otherUnit));
		as(this.admin, post("/plans/{p}/reviewers", this.plan.id()).param("userId", Long.toString(reviewerUser.id())))
			.andExpect(flash().attribute("message", "review.reviewers.added"));
		this.jdbc.sql("update plan_item set status = 'IN_PROGRESS' where id = ?").param(this.item.id()).update();
	}

	@AfterEach
	void resetClock() {
		this.clock.reset();
	}

	private UserDetails principal(Role role, Set<Long> units) {
		return this.users.principal(this.users.create(role, units, false));
	}

	private ResultActions as(UserDetails person, AbstractMockHttpServletRequestBuilder<?> request) throws Exception {
		request.with(csrf());
		if (person != null) {
			request.with(user(person));
		}
		return this.mvc.perform(request);
	}

	/** A multipart request to close, with the files and the links (one a line). */
	private ResultActions ask(UserDetails person, long version, String summary, String links,
			MockMultipartFile... files) throws Exception {
		MockMultipartHttpServletRequestBuilder request = multipart("/items/{i}/closing", this.item.id());
		request.param("version", Long.toString(version)).param("summary", summary);
		if (links != null) {
			request.param("links", links);
		}
		for (MockMultipartFile file : files) {
			request.file(file);
		}
		return as(person, request);
	}

	private static MockMultipartFile file(String name, byte[] bytes) {
		return new MockMultipartFile("files", name, "application/octet-stream", bytes);
	}

	private long version() {
		return this.jdbc.sql("select coalesce(max(version), -1) from item_closing where item_id = ?")
			.param(this.item.id())
			.query(Long.class)
			.single();
	}

	private String state() {
		return this.jdbc.sql("select coalesce(max(state), 'NONE') from item_closing where item_id = ?")
			.param(this.item.id())
			.query(String.class)
			.single();
	}

	private long trailSteps() {
		return this.jdbc.sql("select count(*) from item_closing_step where item_id = ?")
			.param(this.item.id())
			.query(Long.class)
			.single();
	}

	/** Every evidence row and every stored file, whatever they belong to. */
	private List<Long> evidenceCounts() {
		return List.of(this.jdbc.sql("select count(*) from evidence").query(Long.class).single(),
				this.jdbc.sql("select count(*) from evidence_content").query(Long.class).single());
	}

	/** The evidence of each request step of the item: step id, kind, name or address. */
	private List<String> evidenceByStep() {
		return this.jdbc
			.sql("select s.id, e.kind, coalesce(e.file_name, e.url) from evidence e "
					+ "join item_closing_step s on s.id = e.closing_step_id where s.item_id = ? order by e.id")
			.param(this.item.id())
			.query((row, i) -> row.getLong(1) + " " + row.getString(2) + " " + row.getString(3))
			.list();
	}

	private String closingUrl() {
		return "/items/" + this.item.id() + "/closing";
	}

	private String page(UserDetails person) throws Exception {
		return as(person, get(closingUrl())).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
	}

	private static List<String> downloads(String page) {
		Matcher found = DOWNLOAD.matcher(page);
		return found.results().map(match -> match.group(1)).toList();
	}

	@Test
	void staffAskWithFilesAndLinksAndTheReviewerSeesAndDownloadsThem() throws Exception {
		assertThat(page(this.staff)).contains("enctype=\"multipart/form-data\"", "name=\"files\"", "name=\"links\"",
				"佐证材料为可选项");
		ask(this.staff, -1, "全部完成，材料已归档", "https://example.org/归档\n\n  https://example.org/照片  ",
				file("../../现场\r\n照片.png", PNG), file("总结.pdf", PDF))
			.andExpect(redirectedUrl(closingUrl()))
			.andExpect(flash().attribute("message", "closing.requested"));
		assertThat(state()).isEqualTo("REQUESTED");
		long step = this.jdbc.sql("select max(id) from item_closing_step where item_id = ?")
			.param(this.item.id())
			.query(Long.class)
			.single();
		// the name is cleaned as a report's is: no folders, no line breaks
		assertThat(evidenceByStep()).containsExactly(step + " FILE 现场__照片.png", step + " FILE 总结.pdf",
				step + " LINK https://example.org/归档", step + " LINK https://example.org/照片");

		String reviewerPage = page(this.reviewer);
		assertThat(reviewerPage).contains("id=\"closing-accept\"", "id=\"closing-request-evidence\"", "现场__照片.png",
				"总结.pdf", "href=\"https://example.org/照片\"");
		List<String> ids = downloads(reviewerPage);
		// shown with the request to decide and in the trail
		assertThat(ids).hasSize(4);
		MvcResult download = as(this.reviewer, get("/evidence/{id}", ids.get(0))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "image/png"))
			.andReturn();
		assertThat(download.getResponse().getHeader("Content-Disposition")).startsWith("attachment;")
			.doesNotContain("/", "\r", "\n");
		assertThat(download.getResponse().getContentAsByteArray()).isEqualTo(PNG);
		as(this.reviewer, get("/evidence/{id}", ids.get(1))).andExpect(status().isOk())
			.andExpect(header().string("Content-Type", "application/pdf"));
		// a visitor who may not see the item may not download its evidence
		as(null, get("/evidence/{id}", ids.get(0))).andExpect(redirectedUrl("/login"));

		as(this.reviewer, post("/items/{i}/closing/accept", this.item.id()).param("version", Long.toString(version())))
			.andExpect(redirectedUrl(closingUrl()));
		assertThat(state()).isEqualTo("ACCEPTED");
		// after the decision the evidence stays in the trail
		assertThat(downloads(page(this.staff))).hasSize(2);
	}

	@Test
	void aRequestAskedAgainAfterAReturnCarriesItsNewEvidenceAndTheEarlierStaysInTheTrail() throws Exception {
		ask(this.staff, -1, "完成", "https://example.org/第一次").andExpect(status().is3xxRedirection());
		as(this.reviewer, post("/items/{i}/closing/return", this.item.id()).param("version", Long.toString(version()))
			.param("reason", "缺少现场照片")).andExpect(redirectedUrl(closingUrl()));
		ask(this.staff, version(), "补充了现场照片", null, file("现场.png", PNG)).andExpect(status().is3xxRedirection());

		List<Long> requests = this.jdbc
			.sql("select id from item_closing_step where item_id = ? and action = 'REQUESTED' order by id")
			.param(this.item.id())
			.query(Long.class)
			.list();
		assertThat(requests).hasSize(2);
		assertThat(evidenceByStep()).containsExactly(requests.get(0) + " LINK https://example.org/第一次",
				requests.get(1) + " FILE 现场.png");
		String reviewerPage = page(this.reviewer);
		String waiting = reviewerPage.substring(reviewerPage.indexOf("id=\"closing-request-evidence\""),
				reviewerPage.indexOf("id=\"closing-return\""));
		// the request to decide shows its own evidence only; the trail shows both
		assertThat(waiting).contains("现场.png").doesNotContain("https://example.org/第一次");
		String trail = reviewerPage.substring(reviewerPage.indexOf("id=\"closing-trail\""));
		assertThat(trail).contains("现场.png", "https://example.org/第一次");
	}

	@Test
	void badFilesOrLinksAreRefusedWithAMessageTheSummaryKeptAndNothingSaved() throws Exception {
		List<Long> before = evidenceCounts();
		String summary = "办结说明：材料齐全";
		byte[] huge = Arrays.copyOf(PNG, 20 * 1024 * 1024 + 1);
		ask(this.staff, -1, summary, null, file("big.png", huge)).andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("closingForm", "files", "evidence.tooLarge"))
			.andExpect(content().string(containsString("超过20MB")))
			.andExpect(content().string(containsString("佐证材料有误")))
			.andExpect(content().string(containsString(summary)));
		ask(this.staff, -1, summary, null, file("tool.png", "MZ\u0090\u0000".getBytes()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("closingForm", "files", "evidence.type"))
			.andExpect(content().string(containsString(summary)));
		ask(this.staff, -1, summary, null, file("photo.jpg", PDF)).andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("closingForm", "files", "evidence.disguised"));
		MockMultipartFile[] eleven = new MockMultipartFile[11];
		Arrays.setAll(eleven, i -> file("p" + i + ".png", PNG));
		ask(this.staff, -1, summary, null, eleven).andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("closingForm", "files", "evidence.tooMany"))
			.andExpect(content().string(containsString(summary)));
		// one good file does not carry a bad one through
		ask(this.staff, -1, summary, null, file("ok.png", PNG), file("bad\u0000.exe", "MZ".getBytes()))
			.andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("closingForm", "files", "evidence.type"));
		ask(this.staff, -1, summary, "javascript:alert(1)").andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("closingForm", "links", "evidence.link"))
			.andExpect(content().string(containsString("javascript:alert(1)")));
		ask(this.staff, -1, summary, "https://example.org/a\n".repeat(11)).andExpect(status().isBadRequest())
			.andExpect(model().attributeHasFieldErrorCode("closingForm", "links", "evidence.tooManyLinks"));
		// a bad summary with a bad file: both are told
		ask(this.staff, -1, " ", null, file("tool.png", "MZ".getBytes())).andExpect(status().isBadRequest())
			.andExpect(content().string(containsString("请填写办结情况说明")))
			.andExpect(model().attributeHasFieldErrorCode("closingForm", "files", "evidence.type"));
		// a bad summary with good evidence stores none of it
		ask(this.staff, -1, "完成\u0007", "https://example.org/a", file("ok.png", PNG))
			.andExpect(status().isBadRequest());
		assertThat(state()).isEqualTo("NONE");
		assertThat(trailSteps()).isZero();
		assertThat(evidenceCounts()).isEqualTo(before);
		assertThat(page(this.staff)).doesNotContain("{0}", "??");
	}

	@Test
	void aStaleOrRefusedRequestWithFilesStoresNoEvidenceRowAndNoFile() throws Exception {
		List<Long> before = evidenceCounts();
		// a stale page: someone asked first (none was asked when the page showed -1)
		ask(this.staff, 0, "完成情况甲", "https://example.org/a", file("现场.png", PNG)).andExpect(status().isConflict())
			.andExpect(content().string(containsString("已被他人处理或修改")))
			.andExpect(content().string(containsString("完成情况甲")));
		// another unit's staff and a person not logged in may not ask, with or without
		// files
		ask(this.otherUnitStaff, -1, "完成", "https://example.org/a", file("现场.png", PNG))
			.andExpect(status().isForbidden());
		ask(null, -1, "完成", null, file("现场.png", PNG)).andExpect(redirectedUrl("/login"));
		// without the CSRF token nothing is taken either
		this.mvc
			.perform(multipart("/items/{i}/closing", this.item.id()).file(file("现场.png", PNG))
				.param("version", "-1")
				.param("summary", "完成")
				.with(user(this.staff)))
			.andExpect(status().isForbidden());
		assertThat(evidenceCounts()).isEqualTo(before);
		assertThat(trailSteps()).isZero();

		ask(this.staff, -1, "完成", null, file("现场.png", PNG)).andExpect(status().is3xxRedirection());
		List<Long> afterOne = evidenceCounts();
		assertThat(afterOne).isEqualTo(List.of(before.get(0) + 1, before.get(1) + 1));
		long version = version();
		// a second request while one waits, and an old version
		ask(this.staff, version, "又一次", "https://example.org/b", file("又一张.png", PNG)).andExpect(status().isConflict());
		ask(this.staff, version - 1, "又一次", null, file("又一张.png", PNG)).andExpect(status().isConflict());
		assertThat(evidenceCounts()).isEqualTo(afterOne);
		assertThat(trailSteps()).isEqualTo(1);
		assertThat(page(this.reviewer)).doesNotContain("又一张.png");
	}

	@Test
	void aRequestWithoutEvidenceIsAcceptedAndSaysSo() throws Exception {
		List<Long> before = evidenceCounts();
		ask(this.staff, -1, "完成", "  \n ").andExpect(redirectedUrl(closingUrl()));
		assertThat(evidenceCounts()).isEqualTo(before);
		assertThat(page(this.reviewer)).contains("本次申请未附佐证材料").doesNotContain("href=\"/evidence/");
		assertThat(page(this.otherUnitStaff)).doesNotContain("id=\"closing-request\"", "id=\"closing-accept\"");
		as(this.staff, get(closingUrl())).andExpect(content().string(not(containsString("id=\"closing-accept\""))));
	}

}
